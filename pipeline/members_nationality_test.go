package pipeline

import "testing"

// TestMembersNationality: people of no country of their own, named after
// a verb and followed by a phrase that names some of them by nationality
// ("detained dozens of people, most of them Iraqis", "seized 20 workers,
// among them six Egyptians"), are of that nationality, not of the place
// they are in or the state that holds them. People with a country of
// their own, members named otherwise ("many of them women", a person),
// and such a phrase after a subject keep their reading; denied or
// hypothetical acts code nothing.
func TestMembersNationality(t *testing.T) {
	testLexRows(t, []lexRow{
		{"detained, most of them", d, "Jordanian police detained dozens of people, most of them Iraqis, on Monday.", "173", "JORCOP>IRQCVL", ""},
		{"arrested, most of them, at the end", d, "Greek police arrested 40 migrants, most of them Afghans.", "173", "GRCCOP>AFGCVL", ""},
		{"seized, among them a number", d, "Libyan militiamen seized 20 workers, among them six Egyptians, near Sirte.", "181", "LBYUAF>EGYCVL", ""},
		{"deported, many of them", "2015-09-10", "Hungary deported 300 refugees, many of them Syrians, last week.", "174", "HUN>SYRREF", ""},
		{"rounded up, most of them", "2013-11-05", "Malaysian police detained 300 workers, most of them Indonesians, in raids last month.", "173", "MYSCOP>IDNCVL", ""},
		{"freed, some of them", d, "The rebels freed 12 hostages, some of them Filipinos, on Sunday.", "0841", "REB>PHLCVL", ""},
		{"killed, most of them", d, "Gunmen killed 15 people, most of them Pakistanis, in Kabul.", "18", "UAF>PAKCVL", ""},
		{"denied", d, "Police in Athens did not arrest the 40 migrants, most of them Afghans.", "173", "", ""},
		{"members named by kind, not nationality", d, "Ugandan police arrested 50 students, many of them women, in Kampala.", "173", "UGACOP>UGACVL", ""},
		{"a person among them", d, "Kenyan police arrested ten opposition leaders, among them Raila Odinga, on Monday.", "173", "KENCOP>KENOPP", ""},
		{"a country of their own", d, "Turkish police detained 20 Syrian refugees, most of them children, in Istanbul.", "173", "TURCOP>SYRREF", ""},
		{"after a subject, the place's country stays", d, "Hundreds of people, most of them Syrians, protested outside the Turkish parliament.", "140", "TURCVL>TURGOV", ""},
		{"no comma: a demonym inside", d, "Jordanian police detained dozens of people in Amman.", "173", "JORCOP>JORCVL", ""},
	})
}
