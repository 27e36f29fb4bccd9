package pipeline

import "testing"

// TestBareNumberTargets: a bare number or quantity that an arrest or force
// against a crowd is done to ("police arrested dozens", "hundreds were
// detained") stands for the people of the country where it happens, else
// of the source's own (policy.tsv's bare=CVL); a number that counts those
// just named ("two others", "three of them") or an act of another kind
// keeps no such target.
func TestBareNumberTargets(t *testing.T) {
	testLexRows(t, []lexRow{
		{name: "arrested dozens in a city", date: sweepDate, text: "Police arrested dozens in Nairobi on Sunday.", code: "173", want: "KENCOP>KENCVL"},
		{name: "passive hundreds detained, dateline", date: sweepDate, text: "MINSK, Belarus (AP) — Hundreds were detained on Sunday night.", code: "173", want: "BLRCOP>BLRCVL"},
		{name: "passive more than a number arrested", date: sweepDate, text: "TEHRAN, Iran (AP) — More than 200 were arrested over the weekend.", code: "173", want: "IRNCOP>IRNCVL"},
		{name: "soldiers rounded up scores", date: sweepDate, text: "Soldiers rounded up scores in the town of Bunia.", code: "173", want: "CODMIL>CODCVL"},
		{name: "present perfect detained thousands", date: sweepDate, text: "CAIRO (AP) — Egyptian security forces have detained thousands since the coup.", code: "173", want: "EGYMIL>EGYCVL"},
		{name: "tear gas at hundreds", date: sweepDate, text: "Police in Lagos fired tear gas at hundreds on Monday.", code: "175", want: "NGACOP>NGACVL"},
		{name: "two others are those named", date: sweepDate, text: "HARARE, Zimbabwe (AP) — Police shot dead two rebels and took two others into custody.", code: "173", want: "ZWECOP>ZWEREB"},
		{name: "dozens of students keep their sector", date: sweepDate, text: "Police arrested dozens of journalists in Istanbul.", code: "173", want: "TURCOP>TURMED"},
		{name: "an attack on dozens is no crowd target", date: sweepDate, text: "Gunmen in Kaduna killed dozens on Sunday.", code: "190", want: "NGAUAF>NGA"},
	})
}

// TestClericsOfTheirCountry: clerics, monks and priests are of the country
// of their sentence or story, as crowds and the media are (REL is: home);
// the pope is of none.
func TestClericsOfTheirCountry(t *testing.T) {
	testLexRows(t, []lexRow{
		{name: "arrested monks in a city", date: sweepDate, text: "Soldiers arrested dozens of monks in Yangon on Thursday.", code: "173", want: "MMRMIL>MMRREL"},
		{name: "detained priests, dateline", date: sweepDate, text: "MANAGUA, Nicaragua (AP) — Police detained two Catholic priests on Friday.", code: "173", want: "NICCOP>NICREL"},
		{name: "the pope is of no country", date: sweepDate, text: "The pope appealed for calm in Managua.", code: "0252", want: "REL>NIC"},
	})
}
