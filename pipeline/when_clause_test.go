package pipeline

import "testing"

// TestWhenClauseParties: an act of force told in the passive with no agent
// and a clause that tells when it happened by another act of force ("23
// people were killed when police opened fire") is that act's doer's, on
// the passive's subject; the act in the clause falls on them too. A
// clause with no actor ("when a bomb exploded") or no force ("when he
// arrived") gives no one.
func TestWhenClauseParties(t *testing.T) {
	testLexRows(t, []lexRow{
		{"killed when police opened fire", d, "At least 23 protesters were killed when Kenyan police opened fire in Nairobi.", "18", "KENCOP>KENOPP", ""},
		{"killed when rebels attacked", d, "Five Malian soldiers were killed when rebels attacked their convoy near Kidal.", "19", "MLIREB>MLIMIL", ""},
		{"killed as troops stormed", d, "Twelve Palestinians were killed as Israeli troops stormed the camp.", "18", "ISRMIL>PSECVL", ""},
		{"killed after jets bombed", d, "Eight Yemeni civilians were killed after Saudi jets bombed a market in Saada.", "18", "SAUMIL>YEMCVL", ""},
		{"wounded when soldiers opened fire", d, "Dozens of Sudanese protesters were wounded when soldiers opened fire in Khartoum.", "18", "SDNMIL>SDNOPP", ""},
		{"a blast is no one", d, "Two Iraqi policemen were killed when a bomb exploded in Baghdad.", "19", "IRQUAF>IRQCOP", ""},
		{"an agent named stays", d, "Three Afghan soldiers were killed by Taliban fighters when they attacked a checkpoint.", "190", "AFGREB>AFGMIL", ""},
		{"no force in the clause", d, "The Iranian minister was welcomed warmly when he arrived in Kabul.", "19", "", ""},
		{"not a when-clause", d, "Five soldiers were killed before rebels shelled the town.", "190", "", ""},
	})
}
