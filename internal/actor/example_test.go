package actor_test

import (
	"fmt"
	"strings"
	"time"

	"dateline"
	"dateline/internal/actor"
)

// tokens splits a plain sentence on spaces and before commas and
// possessives; real callers get tokens from internal/segment.
func tokens(s string) *dateline.Sentence {
	sent := &dateline.Sentence{Span: dateline.Span{Start: 0, End: len(s)}, Text: s}
	for i := 0; i < len(s); {
		if s[i] == ' ' {
			i++
			continue
		}
		j := i + 1
		if s[i] != ',' && s[i] != '.' {
			j = i
			for j < len(s) && s[j] != ' ' && s[j] != ',' && !(s[j] == '.' && j+1 == len(s)) && !strings.HasPrefix(s[j:], "'s") {
				j++
			}
			if j == i {
				j = i + 2 // "'s"
			}
		}
		sent.Tokens = append(sent.Tokens, dateline.Token{Span: dateline.Span{Start: i, End: j}, Text: s[i:j], Lower: strings.ToLower(s[i:j])})
		i = j
	}
	return sent
}

func ExampleTracker_Mentions() {
	d, err := actor.Default()
	if err != nil {
		panic(err)
	}
	t := d.NewTracker(time.Date(2018, 11, 13, 0, 0, 0, 0, time.UTC))
	for _, s := range []string{
		"Italy's premier met Gen. Khalifa Hiftar and Egyptian President Ahmed Nour.",
		"Hifter said he would attend.",
	} {
		for _, m := range t.Mentions(tokens(s)) {
			fmt.Printf("%s: %s %s (%s)\n", m.Text, m.Kind, m.Actor.Code, m.Actor.Name)
		}
	}
	// Output:
	// Italy's premier: agent ITAGOV (Giuseppe Conte)
	// Gen. Khalifa Hiftar: person LBYMIL (Khalifa Haftar)
	// Egyptian President Ahmed Nour: person EGYGOV (Ahmed Nour)
	// Hifter: person LBYMIL (Khalifa Haftar)
	// he: pronoun LBYMIL (Khalifa Haftar)
}
