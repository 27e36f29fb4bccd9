// Package analysistest builds sentences with a hand-written analysis, for
// tests of the stages that read one (when, where) without running the
// syntax stage: a test then pins what a stage does with a given structure,
// whatever the tagger makes of the words.
//
// A sentence is written as its clauses, chunks and relations:
//
//	{main [NP Police] [VG+past said] [NP Tuesday]
//	  {complement [SUB that] [NP Taliban fighters] [VG+past+perfect had attacked] [NP soldiers]} .}
//	| subj said>Police; obj had attacked>soldiers
//
// Braces hold a clause: its kind first, then its chunks and inner clauses;
// its verb group is the first VG directly inside it, its opener a SUB chunk
// it starts with. Brackets hold a chunk:
// its kind (NP, VG, PP, ADVP, ADJP, SUB, CC, O), flags after "+" (for verb
// groups past, present, future, perfect, passive, neg, finite; for noun
// phrases time, poss, named), then its words. Words outside brackets are
// tokens in no chunk. After "|", relations separated by ";" name a kind and
// two chunks by their words, "from>to"; "text#2" is the second chunk with
// that text. Tokens are joined by single spaces into the sentence's text,
// which starts at body offset 0.
package analysistest

import (
	"fmt"
	"strings"

	"dateline"
)

// Parse builds the sentence that spec writes.
func Parse(spec string) (*dateline.Sentence, error) {
	body, rels, _ := strings.Cut(spec, "|")
	p := &parser{s: &dateline.Sentence{}, an: &dateline.Analysis{}}
	if err := p.body(body); err != nil {
		return nil, err
	}
	if err := p.relations(rels); err != nil {
		return nil, err
	}
	s := p.s
	s.Text = strings.Join(p.words, " ")
	s.Span = dateline.Span{Start: 0, End: len(s.Text)}
	s.Analysis = p.an
	return s, nil
}

// MustParse is Parse for tests: it panics on a malformed spec.
func MustParse(spec string) *dateline.Sentence {
	s, err := Parse(spec)
	if err != nil {
		panic(err)
	}
	return s
}

type parser struct {
	s      *dateline.Sentence
	an     *dateline.Analysis
	words  []string
	off    int
	stack  []int // open clauses
	chunk  int   // open chunk, -1 if none
	inWord bool
}

var chunkKinds = map[string]dateline.ChunkKind{
	"NP": dateline.ChunkNP, "VG": dateline.ChunkVG, "PP": dateline.ChunkPP, "ADVP": dateline.ChunkADVP,
	"ADJP": dateline.ChunkADJP, "SUB": dateline.ChunkSub, "CC": dateline.ChunkConj, "O": dateline.ChunkOther,
}

var clauseKinds = map[string]dateline.ClauseKind{
	"main": dateline.ClauseMain, "complement": dateline.ClauseComplement, "infinitive": dateline.ClauseInfinitive,
	"relative": dateline.ClauseRelative, "participial": dateline.ClauseParticipial, "conditional": dateline.ClauseConditional,
	"adverbial": dateline.ClauseAdverbial, "report": dateline.ClauseReport,
}

func (p *parser) body(text string) error {
	text = strings.NewReplacer("{", " { ", "}", " } ", "[", " [", "]", " ] ").Replace(text)
	f := strings.Fields(text)
	p.chunk = -1
	for i := 0; i < len(f); i++ {
		w := f[i]
		switch {
		case w == "{":
			if i+1 >= len(f) {
				return fmt.Errorf("clause with no kind")
			}
			k, ok := clauseKinds[f[i+1]]
			if !ok {
				return fmt.Errorf("unknown clause kind %q", f[i+1])
			}
			parent := -1
			if n := len(p.stack); n > 0 {
				parent = p.stack[n-1]
			}
			p.an.Clauses = append(p.an.Clauses, dateline.Clause{Kind: k, Verb: -1, Parent: parent, From: len(p.words), Opener: -1})
			p.stack = append(p.stack, len(p.an.Clauses)-1)
			i++
		case w == "}":
			n := len(p.stack)
			if n == 0 {
				return fmt.Errorf("unbalanced }")
			}
			p.an.Clauses[p.stack[n-1]].To = len(p.words)
			p.stack = p.stack[:n-1]
		case strings.HasPrefix(w, "["):
			if err := p.openChunk(w[1:]); err != nil {
				return err
			}
		case w == "]":
			if p.chunk < 0 {
				return fmt.Errorf("unbalanced ]")
			}
			c := &p.an.Chunks[p.chunk]
			c.To = len(p.words)
			if c.To == c.From {
				return fmt.Errorf("empty chunk")
			}
			c.Head = c.To - 1
			if c.Kind == dateline.ChunkVG && c.Clause >= 0 && p.an.Clauses[c.Clause].Verb < 0 {
				p.an.Clauses[c.Clause].Verb = p.chunk
			}
			p.chunk = -1
		default:
			p.word(w)
		}
	}
	if len(p.stack) != 0 || p.chunk >= 0 {
		return fmt.Errorf("unclosed clause or chunk")
	}
	return nil
}

func (p *parser) openChunk(spec string) error {
	if p.chunk >= 0 {
		return fmt.Errorf("nested chunk")
	}
	parts := strings.Split(spec, "+")
	k, ok := chunkKinds[parts[0]]
	if !ok {
		return fmt.Errorf("unknown chunk kind %q", parts[0])
	}
	c := dateline.Chunk{Kind: k, From: len(p.words), Clause: -1, Verb: dateline.VerbGroup{Particle: -1}}
	if n := len(p.stack); n > 0 {
		c.Clause = p.stack[n-1]
		if cl := &p.an.Clauses[c.Clause]; k == dateline.ChunkSub && cl.Opener < 0 && cl.From == c.From {
			cl.Opener = c.From // "where", "that", "who" opening the clause
		}
	}
	for _, fl := range parts[1:] {
		v := &c.Verb
		switch fl {
		case "past":
			v.Tense, v.Finite = dateline.TensePast, true
		case "present":
			v.Tense, v.Finite = dateline.TensePresent, true
		case "future":
			v.Tense, v.Finite = dateline.TenseFuture, true
		case "perfect":
			v.Perfect = true
		case "passive":
			v.Passive = true
		case "neg":
			v.Neg = true
		case "finite":
			v.Finite = true
		case "time":
			c.Time = true
		case "poss":
			c.Poss = true
		case "named":
			c.Named = true
		default:
			return fmt.Errorf("unknown chunk flag %q", fl)
		}
	}
	p.an.Chunks = append(p.an.Chunks, c)
	p.chunk = len(p.an.Chunks) - 1
	return nil
}

// word adds one token, in the open chunk if there is one.
func (p *parser) word(w string) {
	if len(p.words) > 0 {
		p.off++ // the space before it
	}
	t := dateline.Token{Span: dateline.Span{Start: p.off, End: p.off + len(w)}, Text: w, Lower: strings.ToLower(w)}
	p.off += len(w)
	p.words = append(p.words, w)
	p.s.Tokens = append(p.s.Tokens, t)
	p.an.Words = append(p.an.Words, dateline.Word{Lemma: t.Lower, Chunk: int32(p.chunk), Tag: tagOf(w)})
}

// tagOf guesses a tag good enough for the stages' tests: punctuation,
// determiners, possessive pronouns and prepositions by their words,
// capitalised words as proper nouns, the rest as common nouns.
func tagOf(w string) dateline.Tag {
	switch strings.ToLower(w) {
	case ",":
		return dateline.TagComma
	case ".", "!", "?":
		return dateline.TagPunct
	case "the", "a", "an", "this", "that", "these", "those":
		return dateline.TagDT
	case "his", "her", "its", "their", "our":
		return dateline.TagPRPS
	case "in", "at", "on", "of", "near", "into", "to", "from", "during", "with", "after", "before":
		return dateline.TagIN
	}
	if w[0] >= 'A' && w[0] <= 'Z' {
		return dateline.TagNNP
	}
	return dateline.TagNN
}

var relKinds = map[string]dateline.RelKind{
	"subj": dateline.RelSubj, "obj": dateline.RelObj, "obj2": dateline.RelObj2, "agent": dateline.RelAgent,
	"obl": dateline.RelObl, "nmod": dateline.RelNMod, "pobj": dateline.RelPObj, "poss": dateline.RelPoss,
	"conj": dateline.RelConj, "appos": dateline.RelAppos, "comp": dateline.RelComp, "attrib": dateline.RelAttrib,
}

func (p *parser) relations(text string) error {
	for _, r := range strings.Split(text, ";") {
		r = strings.TrimSpace(r)
		if r == "" {
			continue
		}
		kind, rest, ok := strings.Cut(r, " ")
		k, known := relKinds[kind]
		if !ok || !known {
			return fmt.Errorf("relation %q: want kind from>to with a known kind", r)
		}
		a, b, ok := strings.Cut(rest, ">")
		if !ok {
			return fmt.Errorf("relation %q: want from>to", r)
		}
		from, err := p.chunkNamed(strings.TrimSpace(a))
		if err != nil {
			return err
		}
		to, err := p.chunkNamed(strings.TrimSpace(b))
		if err != nil {
			return err
		}
		p.an.Rels = append(p.an.Rels, dateline.Rel{Kind: k, From: from, To: to})
	}
	return nil
}

// chunkNamed finds the chunk whose words are name, or its nth such chunk
// for "name#n".
func (p *parser) chunkNamed(name string) (int, error) {
	nth := 1
	if i := strings.LastIndexByte(name, '#'); i >= 0 {
		if _, err := fmt.Sscan(name[i+1:], &nth); err != nil {
			return 0, fmt.Errorf("chunk %q: bad index", name)
		}
		name = name[:i]
	}
	for i, c := range p.an.Chunks {
		if strings.Join(p.words[c.From:c.To], " ") == name {
			if nth--; nth == 0 {
				return i, nil
			}
		}
	}
	return 0, fmt.Errorf("no chunk %q", name)
}
