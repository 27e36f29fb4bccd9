package pipeline

import "testing"

// TestLedArmedMen: armed men of no country in particular ("gunmen",
// "attackers") whose leader the story names are his, of where their
// sentence or story is, in the sentences before and after; unnamed
// armed men of a story that names no leader, and foreign ones, keep none,
// and a leader's own nationality still comes first.
func TestLedArmedMen(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"led-by-apposition", d, "Gunmen hold premier\n\nSUVA, Fiji —\n\nArmed men led by a failed businessman, George Speight, stormed parliament on Friday.", "190", "FJIUAF>FJILEG", ""},
		{"doers-led-by-commas", d, "Gunmen kill premier\n\nYEREVAN, Armenia —\n\nThe attackers, led by a former journalist, Nairi Hunanian, burst into the parliament chamber on Wednesday.", "190", "ARMUAF>ARMLEG", ""},
		{"named-after-first-sentence", d, "Siege in Bishkek\n\nBISHKEK, Kyrgyzstan —\n\nGunmen stormed the state television building on Monday and took 20 journalists hostage.\n\nThe gunmen, led by a former army officer, Almaz Bekov, demanded that the president resign.", "181", "KGZUAF>KGZMED", ""},
		{"pronoun-after-leader", d, "Siege in Bishkek\n\nBISHKEK, Kyrgyzstan —\n\nThe gunmen, led by a former army officer, Almaz Bekov, seized the state television building on Monday.\n\nThey later took 20 journalists hostage.", "181", "KGZUAF>KGZMED", ""},
		{"leader-nationality-first", d, "Attack in Kashmir\n\nNEW DELHI, India —\n\nGunmen led by a Pakistani militant, Abu Qasim, killed three Indian soldiers on Sunday.", "19", "PAKREB>INDMIL", ""},
		{"guard-no-leader", d, "Hotel siege\n\nBAMAKO, Mali —\n\nGunmen stormed a hotel on Friday and took 170 guests hostage.", "181", "UAF>", ""},
		{"guard-no-leader-ambush", d, "Ambush\n\nKABUL, Afghanistan —\n\nMasked men ambushed a police patrol near Jalalabad on Tuesday, killing four officers.", "19", "UAF>AFGCOP", ""},
		{"guard-foreign", d, "Raid\n\nNIAMEY, Niger —\n\nForeign gunmen led by a former officer, Ali Hassan, attacked an army post near Tillaberi on Tuesday.", "19", "UAF>NERMIL", ""},
		{"guard-leader-unnamed", d, "Ambush\n\nLAGOS, Nigeria —\n\nGunmen led by a masked man attacked a police station in the city on Tuesday.", "19", "UAF>NGACOP", ""},
	})
}
