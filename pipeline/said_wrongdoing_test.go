package pipeline

import "testing"

// TestSaidBetrayal: a betrayal or a deceit a statement tells of another
// accuses the doer (112), as a lie told of another does ("the PLO said
// Sadat had betrayed the Palestinians"). Said by no one, or denied by the
// doer, it accuses no one; what is betrayed must be a party or a cause
// ("betrayed the secret" is a disclosure).
func TestSaidBetrayal(t *testing.T) {
	testLexRows(t, []lexRow{
		{"betrayed a people", "1978-09-20", "The Palestine Liberation Organization said Sadat had betrayed the Palestinians.", "112", "PSEGOV>EGYGOV", ""},
		{"betrayed a cause, told", "1979-03-27", "Syrian officials told reporters that Egypt had betrayed the Arab cause.", "112", "SYRGOV>EGY", ""},
		{"deceived", "1998-11-02", "Britain said Iraq had deceived the weapons inspectors.", "112", "GBR>IRQ", ""},
		{"misled", "2003-02-10", "Pakistan said India had misled the United Nations about the dispute.", "112", "PAK>IND", ""},
		{"cheated", "2010-06-01", "Armenia said Azerbaijan had cheated.", "112", "ARM>AZE", ""},
		{"said by no one", "1978-09-20", "Sadat betrayed the Palestinians on Monday.", "112", "", ""},
		{"betrayed a secret", "1985-04-01", "The army said the rebels had betrayed the secret.", "112", "", ""},
		{"a neutral report", "2003-02-10", "Pakistan said the talks with India would resume next week.", "11", "", ""},
	})
}

// TestSaidOrganised: an act of force a statement says another organised or
// commissioned blames that party (112), as planning or sponsoring it does:
// "the government said the attack had been organised by Albanian
// militants". A meeting or a conference organised blames no one; a crowd
// organised by a party, told by no one, blames no one and keeps whom its
// protest is aimed at.
func TestSaidOrganised(t *testing.T) {
	testLexRows(t, []lexRow{
		{"organised, passive", "2003-03-14", "The Serbian government said the attack had been organised by Albanian militants.", "112", "SRBGOV>ALBREB", ""},
		{"organized, active", "2002-11-30", "Kenya said Somali militants had organized the bombing.", "112", "KEN>SOMREB", ""},
		{"commissioned", "2019-12-04", "German prosecutors said the murder was commissioned by Russian state agencies.", "112", "DEUJUD>RUS", ""},
		{"organised a massacre", "1995-05-01", "Rwanda said the massacre had been organised by Hutu militias.", "112", "RWA>UAF", ""},
		{"a conference organised", "2001-05-01", "The ministry said the conference had been organised by Norway.", "11", "", ""},
		{"a meeting organised", "2001-05-01", "Iraq said Turkey had organized a meeting of the opposition.", "11", "", ""},
		{"a crowd organised, told by no one", "2001-05-01", "Thousands of Syrians, organised by the ruling Baath party, rallied in Damascus, burning an American flag.", "141", "SYRCVL>USA", ""},
	})
}
