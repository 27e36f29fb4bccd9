package pipeline

import "testing"

// TestRankInPower: in the first days of power taken (a role of power of
// the state the knowledge gives from less than a week before), an officer
// the text names by his rank ("Flight Lieutenant", "General", "Captain")
// is coded as the forces that took it (MIL), not as the office the
// knowledge gives him from that day, as the news codes a coup's makers;
// his surname later in the story too. A year on, named by no rank, or
// named by his office, he is the government; an overthrow denied is no
// event.
func TestRankInPower(t *testing.T) {
	testLexRows(t, []lexRow{
		{"an overthrow the day after", "1982-01-01", "Flight Lieutenant Jerry Rawlings overthrew the elected government of President Hilla Limann on Thursday.", "172", "GHAMIL>GHAGOV", ""},
		{"his surname later in the story", "1982-01-01", "Flight Lieutenant Jerry Rawlings seized power on Thursday. Rawlings ordered the ministers of the fallen government to report to the police.", "100", "GHAMIL>GHAGOV", ""},
		{"a general's coup", "1989-02-04", "General Andres Rodriguez overthrew President Alfredo Stroessner early on Friday.", "172", "PRYMIL>PRYGOV", ""},
		{"an accusation the next day", "1999-10-13", "General Pervez Musharraf accused Nawaz Sharif of trying to destroy the army.", "112", "PAKMIL>PAKOPP", ""},
		{"a captain's first day", "1987-10-16", "Captain Blaise Compaore accused Thomas Sankara of betraying the revolution.", "112", "BFAMIL>BFAGOV", ""},
		{"a legislature dissolved, two days on", "1973-09-13", "General Augusto Pinochet dissolved the Chilean Congress on Thursday.", "172", "CHLMIL>CHLLEG", ""},
		{"the day after, from another office", "1993-11-18", "General Sani Abacha dissolved the national assembly on Thursday.", "172", "NGAMIL>NGALEG", ""},
		{"a year and more on", "1983-06-01", "Flight Lieutenant Jerry Rawlings accused the opposition of plotting a coup.", "112", "GHAGOV>GHAOPP", ""},
		{"months on", "2000-06-01", "General Pervez Musharraf accused India of backing militants in Kashmir.", "112", "PAKGOV>IND", ""},
		{"named by no rank", "1982-01-01", "Jerry Rawlings accused the Limann government of corruption.", "11", "GHAGOV>GHAGOV", ""},
		{"named by his office", "1982-01-02", "President Jerry Rawlings accused the Limann government of corruption.", "11", "GHAGOV>GHAGOV", ""},
		{"an overthrow denied", "1989-02-04", "General Andres Rodriguez did not overthrow President Alfredo Stroessner.", "172", "", ""},
	})
}
