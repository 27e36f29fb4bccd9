package pipeline

import "testing"

// TestForcesAskedToStop: a demand or an appeal that an act told before
// stop or be undone ("demanded that the bombing stop", "urged an end to
// the raids") asks it of the doer; a state's forces that did it are asked
// through their state, as named forces are ("demanded that Argentine
// forces withdraw"). Rebels, forces that took power at home, and a
// judgement of the act (root 11) keep their own.
func TestForcesAskedToStop(t *testing.T) {
	const d = "2020-01-01"
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"bombing stop", d, "American planes bombed Iraqi targets on Monday. Russia demanded that the bombing stop at once.", "100", "RUSGOV>USAGOV", ""},
		{"end to shelling", d, "Israeli troops shelled towns in Gaza on Monday. Egypt demanded an end to the shelling.", "1056", "EGYGOV>ISRGOV", ""},
		{"urged an end to raids", d, "Turkish jets bombed Kurdish villages in Iraq on Monday. Baghdad urged an end to the raids.", "0256", "IRQGOV>TURGOV", ""},
		{"air strikes halted", d, "Saudi warplanes struck the port of Hodeidah on Tuesday. Iran demanded that the air strikes be halted.", "10", "IRNGOV>SAUGOV", ""},
		{"story", d, "Indian shelling kills 5 in Kashmir\n\nISLAMABAD, Pakistan —\n\nIndian troops shelled villages along the Line of Control on Sunday, killing five people. Pakistan's foreign ministry demanded that the shelling stop immediately.", "10", "PAKGOV>INDGOV", ""},
		{"guard: rebels", d, "Rebels attacked the capital on Monday. The government demanded that the attacks stop.", "100", "GOV>REB", ""},
		{"guard: junta", d, "The Malian army seized power in Bamako on Monday. The African Union demanded that the coup be reversed.", "100", "IGOAFR>MLIMIL", ""},
		{"judged, not asked: the state abroad as any judgement of its forces", d, "American planes bombed Iraqi targets on Monday. Russia condemned the bombing.", "111", "RUSGOV>USAGOV", ""},
	})
}
