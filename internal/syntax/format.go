package syntax

import (
	"fmt"
	"strings"

	"dateline"
)

// ChunkText returns the words of chunk k.
func ChunkText(s *dateline.Sentence, k int) string {
	c := &s.Analysis.Chunks[k]
	parts := make([]string, 0, c.To-c.From)
	for i := c.From; i < c.To; i++ {
		parts = append(parts, s.Tokens[i].Text)
	}
	return strings.Join(parts, " ")
}

// Tags returns the sentence as word/TAG pairs.
func Tags(s *dateline.Sentence) string {
	var b strings.Builder
	for i, t := range s.Tokens {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
		b.WriteByte('/')
		b.WriteString(s.Analysis.Words[i].Tag.String())
	}
	return b.String()
}

// Chunks returns the sentence with its chunks bracketed:
// "[NP The EU] [VG gave] [NP Kenya] [NP 40 million euros] ."
func Chunks(s *dateline.Sentence) string {
	var parts []string
	an := s.Analysis
	for i := 0; i < len(s.Tokens); {
		k := an.Words[i].Chunk
		if k < 0 {
			parts = append(parts, s.Tokens[i].Text)
			i++
			continue
		}
		c := &an.Chunks[k]
		parts = append(parts, "["+c.Kind.String()+" "+ChunkText(s, int(k))+"]")
		i = c.To
	}
	return strings.Join(parts, " ")
}

// Clauses returns one line per clause: its kind, verb group and parent,
// with what its verb group says.
func Clauses(s *dateline.Sentence) string {
	var b strings.Builder
	an := s.Analysis
	for ci, c := range an.Clauses {
		fmt.Fprintf(&b, "%d %s %q", ci, c.Kind, ChunkText(s, c.Verb))
		if c.Parent >= 0 {
			fmt.Fprintf(&b, " <- %d", c.Parent)
		}
		v := an.Chunks[c.Verb].Verb
		var f []string
		if v.Tense != dateline.TenseNone {
			f = append(f, v.Tense.String())
		}
		for _, x := range []struct {
			on   bool
			name string
		}{{v.Neg, "negated"}, {v.Passive, "passive"}, {v.Perfect, "perfect"}, {v.Progressive, "progressive"}, {v.Infinitive, "infinitive"}} {
			if x.on {
				f = append(f, x.name)
			}
		}
		if v.Modal != "" {
			f = append(f, "modal "+v.Modal)
		}
		if len(f) > 0 {
			fmt.Fprintf(&b, " (%s)", strings.Join(f, ", "))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// Relations returns the relations as "kind(from, to)" with the chunks' words.
func Relations(s *dateline.Sentence) string {
	var parts []string
	for _, r := range s.Analysis.Rels {
		parts = append(parts, fmt.Sprintf("%s(%s, %s)", r.Kind, ChunkText(s, r.From), ChunkText(s, r.To)))
	}
	return strings.Join(parts, " ")
}

// Explain returns the whole analysis of s for a reader: tags, chunks,
// clauses and relations, one section each.
func Explain(s *dateline.Sentence) string {
	var b strings.Builder
	fmt.Fprintf(&b, "tags:      %s\n", Tags(s))
	fmt.Fprintf(&b, "chunks:    %s\n", Chunks(s))
	b.WriteString("clauses:\n")
	for _, l := range strings.Split(strings.TrimRight(Clauses(s), "\n"), "\n") {
		if l != "" {
			fmt.Fprintf(&b, "  %s\n", l)
		}
	}
	b.WriteString("relations:\n")
	for _, r := range s.Analysis.Rels {
		fmt.Fprintf(&b, "  %-7s %s -> %s\n", r.Kind, ChunkText(s, r.From), ChunkText(s, r.To))
	}
	return b.String()
}
