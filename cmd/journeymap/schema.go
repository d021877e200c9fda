package main

import (
	"github.com/journeymap/journeymap/journey"
	"github.com/spf13/cobra"
)

type schemaOptions struct {
	config    bool
	catalogue bool
}

func newSchemaCmd() *cobra.Command {
	opts := &schemaOptions{}
	cmd := &cobra.Command{
		Use:   "schema [--config | --catalogue]",
		Short: "Print the JSON Schema of the journey format, of the project file or of a catalogue, for editors",
		Long: `schema prints the JSON Schema (draft 2020-12) of a journey file on standard
output. Save it next to your journeys and name it on the first line of a
journey, and editors that use yaml-language-server (such as VS Code with the
YAML extension) complete keys and show what each one means:

    journeymap schema > journey.schema.json

    # yaml-language-server: $schema=journey.schema.json
    title: I request a quote

--config prints the schema of the project file, .journeymap.yaml, instead:

    journeymap schema --config > project.schema.json

    # yaml-language-server: $schema=project.schema.json
    journeys: [journeys/]

--catalogue prints the schema of a catalogue file: the channels, personas,
evidence and owners that journeys share through include.

The schemas are generated from the same definitions the validator uses.
They check the shape of a file; journeymap validate also checks a
journey's references, unique ids and emotions against the scale, and
journeymap render the project file's paths.`,
		Args: cobra.NoArgs,
		RunE: opts.run,
	}
	cmd.Flags().BoolVar(&opts.config, "config", false, "the schema of the project file, "+journey.ProjectFileName+", instead of a journey's")
	cmd.Flags().BoolVar(&opts.catalogue, "catalogue", false, "the schema of a catalogue file instead of a journey's")
	cmd.MarkFlagsMutuallyExclusive("config", "catalogue")
	return cmd
}

func (o *schemaOptions) run(cmd *cobra.Command, args []string) error {
	schema := journey.Schema()
	switch {
	case o.config:
		schema = journey.ProjectSchema(projectWords())
	case o.catalogue:
		schema = journey.CatalogueSchema()
	}
	_, err := cmd.OutOrStdout().Write(schema)
	return err
}
