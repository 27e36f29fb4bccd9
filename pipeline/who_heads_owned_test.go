package pipeline

import "testing"

// TestWhoHeadsWhatIsOwned: "NAME, who heads (leads) X's office (wing),"
// is of X, as "NAME, who heads X," is; the possessive inside the relative
// clause is no agent owned after the name.
func TestWhoHeadsWhatIsOwned(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "who heads a rights group's office demands an inquiry", date: "2024-06-26",
			text:     "NAIROBI, Kenya (AP) — Wanjiku Mwangi, who heads Amnesty International's office in Kenya, demanded an inquiry into the shootings on Wednesday.\n",
			sentence: "demanded", want: []string{"10 NGOKEN>KEN"}},
		{name: "who leads a party's armed wing threatens", date: "2006-07-20",
			text:     "BEIRUT, Lebanon (AP) — Rami Haddad, who leads Hezbollah's armed wing, accused Israel of war crimes on Thursday.\n",
			sentence: "accused", want: []string{"11 LBNRAD>ISR"}},
		{name: "who leads the rebels' northern command accuses the army", date: "2014-02-10",
			text:     "JUBA, South Sudan (AP) — Peter Lual Deng, who leads the rebels' northern command, accused the army of attacks on Monday.\n",
			sentence: "accused", want: []string{"11 SSDREB>SSDMIL"}},
		{name: "who heads the Communist Party's propaganda department criticises", date: "2012-09-18",
			text:     "BEIJING (AP) — Zhou Minghua, who heads the Communist Party's propaganda department, criticized Japan on Tuesday.\n",
			sentence: "criticized", want: []string{"11 CHNPTY>JPN"}},
		{name: "who heads the union's office in a city calls a strike", date: "2019-02-11",
			text:     "JOHANNESBURG, South Africa (AP) — Sipho Dlamini, who heads COSATU's office in Durban, condemned the police on Monday.\n",
			sentence: "condemned", want: []string{"11 ZAFLAB>ZAFCOP"}},
		{name: "who heads the army's command denies", date: "2015-03-09",
			text:     "BAMAKO, Mali (AP) — Moussa Keita Traore, who heads the army's northern command, accused the rebels of attacks on Monday.\n",
			sentence: "accused", want: []string{"11 MLIMIL>MLIREB"}},
	})
}
