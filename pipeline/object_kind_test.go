package pipeline

import "testing"

// TestObjectKind: a verb of taking reads its object by what it is, by the
// kinds of sets.txt (&conveyance, &arms, &papers, &funds, &goods), not by a
// word its own line lists: a ship, a plane, a bus or a flight seized by
// gunmen, pirates or militants is hijacked (181); arms, papers, money and goods
// seized, stolen, grabbed or carried off are property taken (171). An
// occasion, a meeting, a rally or an office taken is no property, and a
// theft denied or only threatened is none done.
//
// Money (&funds) withheld from a party, or payments of it stopped or
// frozen, is aid cut (1621), whatever the money is called.
func TestObjectKind(t *testing.T) {
	testLexRows(t, []lexRow{
		{"gunmen seized a flight", "1985-06-15", "Two Lebanese gunmen seized Flight 847 on Friday shortly after it took off from Athens.", "181", "LBNUAF>", ""},
		{"gunmen seized a bus", "1996-03-02", "Masked gunmen seized a bus carrying 40 passengers near Medellin on Saturday.", "181", "UAF>COLCVL", ""},
		{"hijackers seized an airliner", "2000-12-25", "Hijackers seized an Indian airliner after it took off from Kathmandu.", "181", "UAF>IND", ""},
		{"militants seized a train", "2025-03-12", "Baloch militants seized a passenger train in Pakistan on Tuesday.", "181", "PAKREB>PAKCVL", ""},
		{"guard: troops seized a ship", "2019-07-05", "Royal Marines seized an Iranian tanker off Gibraltar on Thursday.", "181", "", ""},
		{"guerrillas stole weapons from an army arsenal", "1979-01-02", "The M-19 stole more than 5,000 weapons from an army arsenal north of Bogota.", "171", "COLREB>COLMIL", ""},
		{"rebels stole trucks", "2012-11-21", "Congolese rebels stole dozens of trucks and ammunition from the army in Goma.", "171", "CODREB>CODMIL", ""},
		{"police seized documents", "1977-01-07", "Czech police seized the text and the signatures on Thursday.", "171", "CZECOP>", ""},
		{"soldiers seized computers and files", "2010-05-04", "Israeli soldiers seized computers and files from the offices of a Palestinian charity.", "171", "ISRMIL>", ""},
		{"gangs grabbed weapons from army depots", "1997-03-20", "Albanian gangs grabbed thousands of weapons from army depots in the south.", "171", "ALBCRM>ALBMIL", ""},
		{"militiamen carried off equipment", "1994-07-15", "Rwandan militiamen carried off equipment and fuel from a UN compound.", "171", "RWAUAF>IGOUNO", ""},
		{"guard: seized the moment", "2001-09-30", "Pakistan seized the moment to win Western support.", "17", "", ""},
		{"guard: stole the show", "2008-08-09", "Chinese gymnasts stole the show in Beijing on Saturday.", "17", "", ""},
		{"guard: held talks", "1999-04-10", "Russian and Japanese officials held talks in Tokyo on Monday.", "17", "", ""},
		{"guard: took office", "2017-01-20", "Donald Trump took office on Friday.", "17", "", ""},
		{"guard: denied stealing", "2014-05-06", "Ukrainian rebels did not steal any weapons from the army.", "171", "", ""},
		{"guard: threatened to steal", "2014-05-06", "Nigerian rebels would steal the weapons if the army left.", "171", "", ""},
		{"withheld customs duties from an authority", "2006-04-07", "Israel withheld customs duties from the Palestinian Authority in February.", "1621", "ISR>PSE", ""},
		{"withheld salaries from", "2007-02-10", "Israel withheld salaries from the Palestinian Authority.", "1621", "ISR>PSE", ""},
		{"froze payments of money to", "2006-03-01", "Israel froze payments of money to the Palestinian Authority on Monday.", "1621", "ISR>PSE", ""},
		{"stopped transfers of wages to", "1997-08-02", "Israel stopped transfers of wages to the Palestinian Authority after the bombing.", "1621", "ISR>PSE", ""},
		{"guard: did not withhold", "2006-04-07", "Israel did not withhold customs duties from the Palestinians.", "1621", "", ""},
		{"guard: withheld comment", "2006-04-07", "Egypt withheld comment on Monday.", "16", "", ""},
	})
}
