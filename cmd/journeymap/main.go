// Command journeymap turns customer journeys written in YAML into validated
// journey maps.
package main

import (
	"os"
	"time"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, time.Now))
}
