package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"slices"
	"syscall"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
	"github.com/journeymap/journeymap/preview"
	"github.com/journeymap/journeymap/render"
	"github.com/spf13/cobra"
)

// defaultServeAddr is where serve listens unless --addr says otherwise;
// when its port is taken, the next free one.
const defaultServeAddr = "127.0.0.1:8080"

// noEditor is the --editor word for none: a touchpoint's card only shows
// where it is written.
const noEditor = "none"

type serveOptions struct {
	now        clock
	addr       string
	open       bool
	theme      string
	compare    []string
	today      string
	editor     string
	allowHosts []string
	lang       string
}

func newServeCmd(now clock) *cobra.Command {
	opts := &serveOptions{now: now}
	cmd := &cobra.Command{
		Use:   "serve [--addr HOST:PORT] [--open] [--theme …] FILE|DIR ...",
		Short: "Show journeys live in the browser, redrawn on every save",
		Long: `Serve shows journeys in a web page that follows every save: the map, the
action-priority matrix and the report of each journey, redrawn within
moments of the file being written, without reloading the page or losing
its scroll position or zoom. A folder stands for every *.yaml and *.yml
file below it (as for validate); files added to it or deleted from it
appear on its index, and its journeys' pages, without a restart.

serve FILE answers / with that journey's page; serve DIR, or several
arguments, with an index of the journeys: title, persona, touchpoints and
state, each linking to its page.

While a journey has errors, its page shows every diagnostic as
file:line:col: message with the line quoted, above the last map drawn
without errors, dimmed; fixing the file brings the map back. Warnings are
listed too, more quietly. Clicking a touchpoint's card shows the line it
is written on; with --editor (or $JOURNEYMAP_EDITOR), it opens the editor
there through the editor's URL scheme. In the page, t switches the theme
and m the view: map, matrix or report.

The server listens on 127.0.0.1:8080, or the next free port, and prints
its address as the first line on standard error. It answers only requests
for its own address (a page on another site that rebinds its name to this
machine is refused), serves only the journeys given and the pages made
from them, and sends a strict Content-Security-Policy. --addr 0.0.0.0:8080
lets other machines reach it, with a warning: anyone who can reach the
address can read the journeys; the machine's own names and addresses are
then answered, and --allow-host adds others.

--theme opens the page in a theme, --compare draws other journeys' curves
over every map (read once, at start), and --today sets the date overdue
improvements are measured against (default: $SOURCE_DATE_EPOCH, else the
system date, which moves on at midnight). Ctrl-C stops the server.

Exit status: 0 when stopped, 2 for usage errors or when it cannot serve.`,
		Example: `  journeymap serve examples/
  journeymap serve --open --editor vscode journey.yaml
  journeymap serve --theme dark --addr 127.0.0.1:0 maps/
  journeymap serve --addr 0.0.0.0:8080 --allow-host workshop.local maps/`,
		Args: needWatchedJourneys,
		RunE: opts.run,
	}
	cmd.Flags().StringVar(&opts.addr, "addr", defaultServeAddr, "the address to listen on, HOST:PORT; port 0 picks a free one")
	cmd.Flags().BoolVar(&opts.open, "open", false, "open the page in the default browser")
	addThemeFlag(cmd, &opts.theme)
	addLangFlag(cmd, &opts.lang)
	cmd.Flags().StringArrayVar(&opts.compare, "compare", nil, "draw the emotion curve of this journey over every map too; repeat for up to 4")
	cmd.Flags().StringVar(&opts.today, "today", "", "the date overdue improvements are measured against, as YYYY-MM-DD (default: $SOURCE_DATE_EPOCH, else the system date)")
	addChoiceFlag(cmd, &opts.editor, "editor", "editor", editorWords(),
		"the editor a touchpoint's card opens at its line (default: $JOURNEYMAP_EDITOR, else none)")
	cmd.Flags().StringArrayVar(&opts.allowHosts, "allow-host", nil, "another host name to answer to when --addr reaches beyond this machine; repeatable")
	return cmd
}

func (o *serveOptions) run(cmd *cobra.Command, args []string) error {
	theme, err := render.ThemeNamed(o.theme)
	if err != nil {
		return err
	}
	today, err := o.todayFunc()
	if err != nil {
		return err
	}
	editor, err := o.editorName(cmd)
	if err != nil {
		return err
	}
	if host, _, err := net.SplitHostPort(o.addr); err != nil || host == "" {
		return usageError{fmt.Errorf("--addr %q: expected HOST:PORT, such as 127.0.0.1:8080, or 0.0.0.0:8080 to be reached from other machines", o.addr)}
	}
	if err := checkServed(args); err != nil {
		return err
	}
	p := newPrinter(cmd, formatText, o.lang)
	if slices.Contains(o.compare, "-") {
		return usageError{errors.New("--compare -: serve reads its journeys from files, not standard input")}
	}
	compared, err := loadCompared(o.compare, cmd.InOrStdin(), p, comparedOptions(o.lang))
	if err != nil {
		return err
	}
	server, err := preview.New(preview.Options{
		Paths:       args,
		List:        listJourneys,
		Theme:       theme,
		Compare:     journeysOf(compared),
		Today:       today,
		Editor:      editor,
		AllowHosts:  o.allowHosts,
		Lang:        vocab.Lang(o.lang),
		DefaultLang: readerLang(o.lang),
		Log:         cmd.ErrOrStderr(),
	})
	if err != nil {
		return err
	}
	// Stopped by Ctrl-C or SIGTERM from the moment it says it serves.
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ln, err := preview.Listen(o.addr, !cmd.Flags().Changed("addr"))
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %v", o.addr, cause(err))
	}
	host, _, _ := net.SplitHostPort(o.addr)
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	url := pageURL(host, port)
	fmt.Fprintf(cmd.ErrOrStderr(), "journeymap: serving %s\n", url)
	if !preview.IsLoopback(ln.Addr()) {
		fmt.Fprintf(cmd.ErrOrStderr(), "journeymap: warning: listening on %s, beyond this machine: anyone who can reach that address can read the journeys\n", net.JoinHostPort(host, port))
	}
	if o.open {
		if err := openBrowser(url); err != nil {
			fmt.Fprintf(cmd.ErrOrStderr(), "journeymap: warning: cannot open the browser: %v; open %s yourself\n", cause(err), url)
		}
	}
	if err := server.Serve(ctx, ln); err != nil {
		return fmt.Errorf("cannot serve: %v", err)
	}
	return nil
}

// todayFunc returns what today is for the server: the date of --today or
// $SOURCE_DATE_EPOCH, fixed, or else the system date, asked again at each
// redraw.
func (o *serveOptions) todayFunc() (func() journey.Date, error) {
	fixed := o.today != "" || os.Getenv("SOURCE_DATE_EPOCH") != ""
	today, err := o.now.today(o.today)
	if err != nil {
		return nil, err
	}
	if fixed {
		return func() journey.Date { return today }, nil
	}
	return func() journey.Date {
		d, _ := o.now.today("")
		return d
	}, nil
}

// editorWords are the words of --editor and $JOURNEYMAP_EDITOR: none, or
// an editor the preview can open.
func editorWords() []string { return append([]string{noEditor}, preview.EditorNames()...) }

// editorName is the editor of --editor, else of $JOURNEYMAP_EDITOR, or ""
// for none.
func (o *serveOptions) editorName(cmd *cobra.Command) (string, error) {
	name := o.editor
	if !cmd.Flags().Changed("editor") {
		if env := os.Getenv("JOURNEYMAP_EDITOR"); env != "" {
			name = env
			words := editorWords()
			if !slices.Contains(words, name) {
				return "", usageError{fmt.Errorf("$JOURNEYMAP_EDITOR: unknown editor %q; expected %s", name, orList(words))}
			}
		}
	}
	if name == noEditor {
		return "", nil
	}
	return name, nil
}

// checkServed refuses arguments that cannot be served: standard input,
// which cannot be watched, and paths that do not exist.
func checkServed(args []string) error {
	for _, arg := range args {
		if arg == "-" {
			return usageError{errors.New("serve watches files: name journey files or folders, not standard input (-)")}
		}
		if _, err := statArg(arg); err != nil {
			return err
		}
	}
	return nil
}

// listJourneys lists the journeys below a folder, as validate reads them.
func listJourneys(dir string) ([]string, []error) {
	found, problems := journeysIn(dir)
	names := make([]string, len(found))
	for i, in := range found {
		names[i] = in.name
	}
	return names, problems
}

// pageURL is the address of the first page of a server listening on host
// (as --addr names it) and port: on every address, its loopback one.
func pageURL(host, port string) string {
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		host = "127.0.0.1"
		if ip.To4() == nil {
			host = "::1"
		}
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}

// openBrowser opens url in the default browser: $BROWSER when set, else
// the system's opener.
func openBrowser(url string) error {
	var cmd *exec.Cmd
	switch {
	case os.Getenv("BROWSER") != "":
		cmd = exec.Command(os.Getenv("BROWSER"), url)
	case runtime.GOOS == "darwin":
		cmd = exec.Command("open", url)
	case runtime.GOOS == "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	go cmd.Wait() // reaped when it ends; the server does not wait for it
	return nil
}
