package pipeline

import "testing"

// TestWorldFirms pins groups-business-world.txt: a firm the political news
// names, and the chief who speaks for it ("Ryanair's chief executive, Michael
// O'Leary, called the diversion state-sponsored hijacking"), are the firm's
// country's business (BUS), and a paper the police raid is its country's media; a firm's name inside a country's own act does not make the
// state a business.
func TestWorldFirms(t *testing.T) {
	testLexRows(t, []lexRow{
		{"an airline's chief condemns", "2021-05-24", "Lufthansa's chief executive, Carsten Spohr, condemned the Belarusian government for the diversion.", "11", "DEUBUS>BLRGOV", ""},
		{"the firm accuses", "2012-04-18", "Repsol accused the Argentine government of illegally seizing its stake in YPF.", "11", "ESPBUS>ARGGOV", ""},
		{"the chairman, the firm's", "2012-04-18", "Antonio Brufau, the chairman of Repsol, denounced the seizure by Argentina.", "11", "ESPBUS>ARG", ""},
		{"a mining firm sues", "2019-06-02", "First Quantum Minerals accused the Zambian government of breaking its contract.", "11", "CANBUS>ZMBGOV", ""},
		{"an airline's plane shot down", "1983-09-02", "Soviet warplanes shot down a Korean Air Lines jet over Sakhalin.", "18", "RUSMIL>KORBUS", ""},
		{"police raid a paper", "2010-05-05", "Police raided the offices of Novaya Gazeta in Moscow.", "17", "RUSCOP>RUSMED", ""},
		{"a state nationalises a power firm", "2018-11-20", "Chile's government threatened to nationalise Enel's local unit.", "13", "CHLGOV>ITABUS", ""},
		{"unchanged: the state is no firm", "2012-04-17", "Argentina seized control of the oil company YPF on Monday.", "19", "ARG>ARGBUS", ""},
		{"unchanged: a firm not named", "2021-05-24", "Belarus forced a jet to land in Minsk.", "11", "", ""},
	})
}
