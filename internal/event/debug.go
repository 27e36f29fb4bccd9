package event

import (
	"fmt"

	"dateline"
)

// Debug lists every pattern match in a sentence and what the coder made of
// it, for people tuning the lexicon.
func (l *Lexicon) Debug(s *dateline.Sentence, mentions []dateline.Mention) []string {
	v := l.newSentence(s, mentions)
	var out []string
	ms := l.matches(v)
	v.consume(ms)
	for _, m := range ms {
		f, ok := l.code(v, m, ms)
		out = append(out, fmt.Sprintf("%q line %d %s: coded=%v %s src=%v tgt=%v %s", v.toks[m.trigFrom].Text, m.p.line, m.p.code, ok, f.Modality, f.Sources, f.Targets, f.Rule))
	}
	return out
}
