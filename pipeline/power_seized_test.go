package pipeline

import "testing"

// TestPowerSeized pins how a coup and a hand-over of power are told, across
// regions and decades: a ruler put in place by those who seize power (172,
// aimed at the office they fill: "the army named Faure Gnassingbe to
// succeed his father", "the junta installed Maj. Pierre Buyoya as
// president"), a head of state removed by office, not by name ("whom
// Egypt's army removed"), a force or an office named "NOUN of COUNTRY" ("the
// army of Niger took power", "the presidents of Rwanda and Burundi were
// killed": an assassination, 186), a coup attempt with its doer (coded as
// the act, as "tried to seize power" is), and a seizure told as the end of
// another's rule ("led the country until Bokassa seized power"). Rows
// with want "" must code no such event: successors named by parliaments and
// parties, ministers appointed, statues removed, coups counted, foiled or
// denied, and accessions by oath or election.
func TestPowerSeized(t *testing.T) {
	runLexRows(t, []lexRow{
		// a ruler put in place by those who seized power
		{"the army named a successor", "2005-02-06", "The military had named Faure Gnassingbe to succeed his father as president of Togo.", "172", "TGOMIL>TGOGOV", ""},
		{"a military council appointed a successor", "2021-04-20", "Chad's military council appointed Mahamat Deby to succeed his father.", "172", "TCDGOV>TCDMIL", ""},
		{"the junta installed a president", "1987-09-05", "The junta installed Maj. Pierre Buyoya as president of Burundi.", "172", "BDIGOV>BDIGOV", ""},
		{"installed a puppet president", "1994-09-18", "Haiti's military installed a puppet president.", "172", "HTIMIL>HTIGOV", ""},
		{"installed by the army, passive", "1993-11-17", "Ernest Shonekan was installed as head of state by the army of Nigeria.", "172", "NGAMIL>NGAGOV", ""},
		{"soldiers installed a military government", "1991-10-01", "Haitian soldiers installed a new military government in Port-au-Prince.", "172", "HTIMIL>HTIGOV", ""},
		{"the junta named a prime minister", "2014-05-24", "Thailand's junta named the army chief as prime minister.", "172", "THAGOV>THAGOV", ""},
		{"no coup: parliament named a successor", "2005-02-26", "Parliament named Abass Bonfoh to succeed Gnassingbe as interim president.", "172", "", ""},
		{"no coup: a party named a successor", "2018-02-15", "The ruling party named Cyril Ramaphosa to succeed Jacob Zuma.", "172", "", ""},
		{"no coup: a president appointed an army chief", "2021-06-01", "Turkey's president appointed a new army chief.", "172", "", ""},
		// a head of state removed, named by office
		{"whom the army removed", "2014-03-06", "Qatar backed Mohamed Mursi, whom Egypt's army removed in July.", "172", "EGYMIL>EGYGOV", ""},
		{"removed the president, by office", "2013-07-04", "Egypt's army removed the Islamist president on Wednesday.", "172", "EGYMIL>EGYGOV", ""},
		{"removed the predecessor", "2023-01-10", "The unrest began after Congress removed Boluarte's predecessor, Pedro Castillo, on Dec. 7.", "172", "PERLEG>PERGOV", ""},
		{"no coup: a statue removed", "2021-06-01", "Workers removed the statue of the president.", "172", "", ""},
		// NOUN of COUNTRY
		{"the army of Niger took power", "2023-07-27", "The army of Niger took power on Wednesday.", "172", "NERMIL>NERGOV", ""},
		{"the presidents of two states killed", "1994-04-07", "The presidents of Rwanda and Burundi were killed when their plane was shot down.", "186", "RWAUAF>RWAGOV,BDI", ""},
		// attempts, denials, counts, lawful accessions
		{"a coup attempt by soldiers", "2016-07-16", "A coup attempt by a faction of the Turkish army failed on Friday.", "172", "TURMIL>TURGOV", ""},
		{"no coup: an attempt foiled", "2016-07-16", "The government foiled a coup attempt by army officers.", "172", "", ""},
		{"no coup: coups counted", "2008-08-07", "Mauritania has seen more than half a dozen coups and attempted coups.", "172", "", ""},
		{"no coup: denied", "2021-02-02", "The Myanmar army denied it had seized power.", "172", "", ""},
		{"no coup: sworn in", "2021-04-23", "Mahamat Deby was sworn in as president of Chad.", "172", "", ""},
		{"no coup: took office after an election", "2015-11-10", "The Socialists took power in Portugal after winning the election.", "172", "", ""},
		// a seizure told as the end of another's rule
		{"led the country until a coup", "1979-09-22", "Dacko led the country until Bokassa seized power in 1965.", "172", "CAF>CAFGOV", ""},
		{"no end told: vowed to fight until", "1979-09-22", "The opposition vowed to fight on until the president stepped down.", "0831", "", ""},
	})
}
