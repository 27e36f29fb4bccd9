package pipeline

import "testing"

// TestLeftistGroups pins the left named as groups outside the state
// ("leftist organisations", "left-wing groups", "leftist movements") as
// the opposition (OPP) of their country, while its armed wings named as
// such stay rebels ("leftist guerrillas" REB).
func TestLeftistGroups(t *testing.T) {
	testLexRows(t, []lexRow{
		{"leftist organisations blamed death squads", "1980-03-25", "Leftist organisations in San Salvador blamed right-wing death squads for the killing.", "112", "SLVOPP>SLVUAF", ""},
		{"left-wing groups called a strike", "1988-11-21", "Left-wing groups called a general strike in Lima on Monday.", "143", "PEROPP>PERGOV", ""},
		{"leftist organizations with a demonym", "1981-01-12", "Salvadoran leftist organizations accused the army of massacring peasants.", "112", "SLVOPP>SLVMIL", ""},
		{"left-wing groups clashed with police", "1978-05-02", "Turkish left-wing groups clashed with police in Istanbul.", "190", "TUROPP>TURCOP", ""},
		{"leftist movements demanded", "1986-09-09", "Leftist movements in Chile demanded the release of political prisoners.", "10", "CHLOPP>CHL", ""},
		{"leftist guerrillas stay rebels", "1983-10-20", "Leftist guerrillas attacked an army post in Morazan province, El Salvador.", "190", "SLVREB>SLVMIL", ""},
	})
}
