package pipeline

import "testing"

// TestHeldPeople: people a state holds, frees or deports, named by their
// country's adjective or name and a noun for people held (prisoners,
// detainees, inmates, convicts), are civilians of that country, never its
// government; political prisoners are its opposition. With no nationality
// ("the prisoners") they are no one: whose people they are is not told;
// "Israel's prisoners" are those it holds. Nationals are left to their
// state, which speaks for them.
func TestHeldPeople(t *testing.T) {
	testLexRows(t, []lexRow{
		{"prisoners released", d, "Israel released 500 Palestinian prisoners.", "0841", "ISR>PSECVL", ""},
		{"detainees freed by foreign troops", d, "U.S. forces freed 200 Iraqi detainees in Baghdad.", "0841", "USAMIL>IRQCVL", ""},
		{"inmates of a country's name", d, "Thailand freed 300 Myanmar inmates.", "0841", "THA>MMRCVL", ""},
		{"convicts sent home", d, "Britain deported Jamaican convicts.", "174", "GBR>JAMCVL", ""},
		{"prisoners on hunger strike abroad", d, "Colombian prisoners began a hunger strike in Venezuelan jails.", "142", "COLCVL>VENGOV", ""},
		{"prisoners held since", d, "Israel freed Lebanese prisoners held since 2006.", "0841", "ISR>LBNCVL", ""},
		{"guard: nationals are left to their state", d, "Mexico protested the treatment of Mexican nationals in U.S. detention centers.", "14", "", "nationals are people of their country now (TestDemonymKinds, kinds.txt): the protest at their treatment takes them, MEXCVL, as its target, where the state that holds them is meant"},
		{"political prisoners", d, "The Syrian government freed dozens of Syrian political prisoners.", "0841", "SYRGOV>SYROPP", ""},
		{"guard: prisoners of no country named", d, "The Syrian government released political prisoners.", "0841", "SYRGOV>", ""},
		{"guard: captors lend them no sector", d, "The rebels freed their prisoners.", "0841", "REB>CVL", ""},
		{"guard: a named holder is no nationality, it stays itself", d, "Israel's prisoners went on hunger strike.", "142", "ISR>ISRGOV", ""},
		{"guard: a prisoner swap names no one", d, "Kyiv and Moscow are negotiating a prisoner swap.", "04", "UKRGOV>RUSGOV", ""},
		{"guard: a swap between states", d, "Russia and Ukraine exchanged prisoners.", "0841", "RUS>UKR", ""},
	})
}
