package pipeline

import "dateline"

// A wire story's lede often tells the answer before the charge: "Serbia's
// president on Monday rejected accusations that Belgrade had armed the
// gunmen" comes first, "Kosovo's prime minister accused Serbia of
// organising the attack" paragraphs later. A denial, or an answer to
// words (event.Found's Denial and Response: "rejected the remarks"), that
// found no one before it answers the first charge or other words against
// the answerer's country told after it.

// answerAt is where a denial or an answer with no target was coded: its
// sentence and the start of its trigger, which dedupe leaves alone.
type answerAt struct{ sentence, start int }

// chargeLater gives each denial or answer at open that still has no
// target the source of the first verbal act of conflict (quad class 3: an
// accusation, a criticism, a demand, a threat) told after it in the story
// by another country's actor and aimed at the denier's country.
func chargeLater(events []dateline.Event, open []answerAt) {
	for _, a := range open {
		i := indexAt(events, a)
		if i < 0 || events[i].Target != nil || events[i].Source == nil || events[i].Source.Country == "" {
			continue
		}
		own := events[i].Source.Country
		for j := i + 1; j < len(events); j++ {
			e := &events[j]
			if e.Sentence.Index <= a.sentence || e.Modality != dateline.Asserted || e.QuadClass != 3 ||
				e.Source == nil || e.Target == nil || e.Source.Country == "" || e.Source.Country == own || e.Target.Country != own {
				continue
			}
			by := *e.Source
			events[i].Target = &by
			events[i].Rule += "; target: who spoke against the source later in the story (what its lede answers)"
			break
		}
	}
}

// indexAt returns the index of the event coded at a, or -1.
func indexAt(events []dateline.Event, a answerAt) int {
	for i := range events {
		if events[i].Sentence.Index == a.sentence && events[i].Trigger.Start == a.start {
			return i
		}
	}
	return -1
}
