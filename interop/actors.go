package interop

import "go.yaml.in/yaml/v3"

// Kept reads what an import of a diagram kept under x- keys of a journey
// file, for the export of the journey as a diagram again: the accTitle
// (x-acc-title) and, by touchpoint id, the actors after the owner
// (x-actors). A file that does not read so has none.
func Kept(src []byte) MermaidExportOptions {
	var doc struct {
		AccTitle string `yaml:"x-acc-title"`
		Phases   []struct {
			Touchpoints []struct {
				ID     string   `yaml:"id"`
				Actors []string `yaml:"x-actors"`
			} `yaml:"touchpoints"`
		} `yaml:"phases"`
	}
	kept := MermaidExportOptions{Actors: map[string][]string{}}
	if yaml.Unmarshal(src, &doc) != nil {
		return kept
	}
	kept.AccTitle = doc.AccTitle
	for _, p := range doc.Phases {
		for _, t := range p.Touchpoints {
			if len(t.Actors) > 0 {
				kept.Actors[t.ID] = t.Actors
			}
		}
	}
	return kept
}
