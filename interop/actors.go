package interop

import "go.yaml.in/yaml/v3"

// Actors reads the x-actors an import kept on the touchpoints of a
// journey file, by touchpoint id, for the export of the journey as a
// diagram. A file that does not read so has none.
func Actors(src []byte) map[string][]string {
	var doc struct {
		Phases []struct {
			Touchpoints []struct {
				ID     string   `yaml:"id"`
				Actors []string `yaml:"x-actors"`
			} `yaml:"touchpoints"`
		} `yaml:"phases"`
	}
	actors := map[string][]string{}
	if yaml.Unmarshal(src, &doc) != nil {
		return actors
	}
	for _, p := range doc.Phases {
		for _, t := range p.Touchpoints {
			if len(t.Actors) > 0 {
				actors[t.ID] = t.Actors
			}
		}
	}
	return actors
}
