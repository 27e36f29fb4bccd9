package segment

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed data/abbreviations.txt
var abbreviationData string

// readAbbreviations reads the abbreviation table: every abbreviation, and
// those flagged "title". The table is the package's own, so an error in it
// is a programming error.
func readAbbreviations(data string) (all, titles map[string]bool) {
	all, titles = map[string]bool{}, map[string]bool{}
	for n, line := range strings.Split(data, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		switch {
		case len(f) == 0:
			continue
		case len(f) > 2 || len(f) == 2 && f[1] != "title" || f[0] != strings.ToLower(f[0]) || strings.HasSuffix(f[0], "."):
			panic(fmt.Sprintf("segment: data/abbreviations.txt:%d: want a lower-case word without its dot, then optionally \"title\": %q", n+1, line))
		}
		all[f[0]] = true
		if len(f) == 2 {
			titles[f[0]] = true
		}
	}
	return all, titles
}
