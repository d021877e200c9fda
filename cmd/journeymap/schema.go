package main

import (
	"github.com/journeymap/journeymap/journey"
	"github.com/spf13/cobra"
)

func newSchemaCmd() *cobra.Command {
	var catalogue bool
	cmd := &cobra.Command{
		Use:   "schema [--catalogue]",
		Short: "Print the JSON Schema of the journey format, for editors",
		Long: `schema prints the JSON Schema (draft 2020-12) of a journey file on standard
output. Save it next to your journeys and name it on the first line of a
journey, and editors that use yaml-language-server (such as VS Code with the
YAML extension) complete keys and show what each one means:

    journeymap schema > journey.schema.json

    # yaml-language-server: $schema=journey.schema.json
    title: I request a quote

The schema is generated from the same definitions the validator uses. It
checks the shape of a journey; journeymap validate also checks references,
unique ids and emotions against the scale.

--catalogue prints the schema of a catalogue file instead: the channels,
personas, evidence and owners that journeys share through include.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			schema := journey.Schema()
			if catalogue {
				schema = journey.CatalogueSchema()
			}
			_, err := cmd.OutOrStdout().Write(schema)
			return err
		},
	}
	cmd.Flags().BoolVar(&catalogue, "catalogue", false, "print the schema of a catalogue file instead of a journey's")
	return cmd
}
