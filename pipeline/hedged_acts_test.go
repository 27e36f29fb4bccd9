package pipeline

import "testing"

// TestHedgedActs holds acts that a sentence names but does not tell as
// done, each construction with the plain acts beside it that must still be
// coded: a subject that names no one ("not a single shot was fired"), a
// habit told in the simple present ("police routinely arrest critics"),
// an act alleged by an adverb ("troops allegedly shelled"), an act passed
// over or opposed ("rather than attacking", "argued against expelling")
// and an attempt told to have failed ("tried to arrest him but failed").
// Rows read as the modality sweep's: with want "", no event of the code
// is asserted and any there is has mod. Every row must pass.
func TestHedgedActs(t *testing.T) {
	for _, set := range []struct {
		name string
		rows []modalityRow
	}{
		{"not one", notOneRows},
	} {
		t.Run(set.name, func(t *testing.T) { runModalitySweep(t, set.name, set.rows, len(set.rows)) })
	}
}

var notOneRows = []modalityRow{
	{"not a single, passive with agent", "Not a single protester was detained by the Kenyan police during the march on Tuesday.", "17", "", negated},
	{"not one, passive with agent", "Not one bomb was dropped on the village by Syrian government aircraft.", "19", "", negated},
	{"not a single, active", "Not a single Russian warplane bombed the town of Sumy on Sunday, the governor said.", "19", "", negated},
	{"not one, active meeting", "Not one minister met the Taliban envoy during his visit to Oslo.", "040", "", negated},
	{"not a single, perfect", "Not a single journalist has been arrested by the Ethiopian police this year, officials said.", "17", "", negated},
	{"after a comma", "During the truce, not a single rocket was fired at Israel by Islamic Jihad.", "19", "", negated},
	// a phrase with "not" that is not the subject, or denies nothing of it
	{"real: not a week after", "Not a week after the truce, Houthi rebels attacked a Saudi border post.", "19", "YEM", asserted},
	{"real: not long after", "Not long after the vote, the Georgian police arrested the opposition leader.", "17", "GEOCOP", asserted},
	{"real: not all", "Not all of the strikes hit their targets, but Israeli jets bombed the airport in Sanaa on Monday.", "19", "ISR", asserted},
	{"real: a single shot", "A single shot was fired by an Indian soldier at the Chinese patrol on Friday.", "19", "IND", asserted},
}
