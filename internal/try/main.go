package main

import (
	"fmt"
	"os"

	"github.com/journeymap/journeymap/journey"
)

func main() {
	src, _ := os.ReadFile(os.Args[1])
	j, ds := journey.Parse(os.Args[1], src, journey.Options{Today: journey.Date{Year: 2026, Month: 11, Day: 22}})
	for _, d := range ds {
		fmt.Println(d)
	}
	fmt.Println(j != nil)
}
