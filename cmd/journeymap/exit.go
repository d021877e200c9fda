package main

import "errors"

// The exit codes of journeymap.
const (
	exitOK      = 0 // every journey valid, every output fresh
	exitInvalid = 1 // an invalid journey or a stale output
	exitError   = 2 // usage, I/O or internal error
)

// errInvalid reports that some journey is invalid. Its diagnostics have been
// printed already, so it prints nothing more.
var errInvalid = errors.New("invalid journey")

// errStale reports that render --check found a map that is not what render
// would write. Each was printed already, with the command that fixes it.
var errStale = errors.New("stale maps")

// errReported reports that an I/O error was printed already, for one input
// among several that were still handled.
var errReported = errors.New("errors reported")

// usageError is a command line that journeymap cannot understand.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// isSilent reports whether err was already explained to the user.
func isSilent(err error) bool {
	return errors.Is(err, errInvalid) || errors.Is(err, errStale) || errors.Is(err, errReported)
}

// exitCode is the one place that maps errors to exit codes.
func exitCode(err error) int {
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errReported):
		return exitError
	case errors.Is(err, errInvalid), errors.Is(err, errStale):
		return exitInvalid
	default:
		// Usage errors, I/O errors, and cobra's own complaints about unknown
		// commands or arguments.
		return exitError
	}
}
