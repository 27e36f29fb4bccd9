package pipeline

import "testing"

// TestDescriptionOfTheOnlyOne: "the guerrillas", "the rebels", "the
// militants" far from their first mention are the one actor the story
// named so, not the unnamed of the sentence's place; when the story named
// two, only a recent one counts.
func TestDescriptionOfTheOnlyOne(t *testing.T) {
	filler := "Officials met in the capital on Tuesday.\n\nThe talks ended without a statement.\n\nMarkets were calm.\n\n"
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "guerrillas across the border", date: "2006-07-14",
			text:     "BEIRUT, Lebanon (AP) — Hezbollah guerrillas captured two Israeli soldiers on Wednesday.\n\n" + filler + "The guerrillas fired rockets into northern Israel on Thursday.\n",
			sentence: "fired rockets", want: []string{"19 LBNRAD>ISR"}, not: []string{"19 ISRREB>ISR"}},
		{name: "rebels abroad", date: "2012-11-21",
			text:     "KINSHASA, Congo (AP) — M23 rebels seized the city of Goma on Tuesday.\n\n" + filler + "The rebels attacked an army base near Sake on Wednesday.\n",
			sentence: "attacked an army base", want: []string{"19 CODREB>CODMIL"}},
		{name: "militants from across the border", date: "2015-02-05",
			text:     "YAOUNDE, Cameroon (AP) — Boko Haram militants attacked the town of Fotokol on Wednesday.\n\n" + filler + "The militants also burned the mosque.\n",
			sentence: "burned the mosque", want: []string{"* NGARAD>*"}, not: []string{"* CMRRAD>*", "* CMRUAF>*"}},
		{name: "two groups named: only a recent one", date: "2014-06-12",
			text:     "BAGHDAD (AP) — Kurdish fighters took Kirkuk on Thursday.\n\nSunni rebels took Tikrit on Wednesday.\n\n" + filler + "The fighters shelled a checkpoint.\n",
			sentence: "shelled a checkpoint", not: []string{"19 IRQREB>"}},
	})
}
