package pipeline

import "testing"

// TestKillings: the killing of a named political figure is an
// assassination (186), whoever does it and with whatever verb; the same
// verbs on soldiers, rebels or unnamed people stay 18x/19x.
func TestKillings(t *testing.T) {
	testLexRows(t, []lexRow{
		// assassinations: a person of government, opposition or legislature
		{name: "shot dead a mayor", date: "2016-01-03", text: "Gunmen shot dead Mexican mayor Gisela Mota in Temixco on Saturday.", code: "186", want: "UAF>MEXGOV"},
		{name: "killed an opposition leader", date: "2013-02-06", text: "Gunmen killed opposition leader Chokri Belaid outside his home in Tunis.", code: "186", want: "UAF>TUNOPP"},
		{name: "murdered a president", date: "2021-07-08", text: "Unidentified gunmen murdered Haitian President Jovenel Moise at his home.", code: "186", want: "UAF>HTIGOV"},
		{name: "gunned down a minister", date: "2011-03-03", text: "Gunmen gunned down Pakistani minister Shahbaz Bhatti in Islamabad on Wednesday.", code: "186", want: "UAF>PAKGOV"},
		// not assassinations: fighters, soldiers, unnamed people
		{name: "troops kill rebels", date: "2019-05-02", text: "Troops killed three rebels near Goma on Tuesday.", code: "186", want: ""},
		{name: "militants kill soldiers", date: "2019-05-02", text: "Militants killed four Pakistani soldiers in North Waziristan.", code: "186", want: ""},
	})
}

// TestKilledInAttack: people killed, hurt or dead in an attack that names
// its own actor ("Israeli shelling", "a Russian missile strike") were
// attacked by that actor; an attack with no actor of its own leaves the
// source unknown, and the actor of a phrase after it ("a strike on Gaza")
// is no source.
func TestKilledInAttack(t *testing.T) {
	testLexRows(t, []lexRow{
		{name: "killed in shelling", date: "2014-07-20", text: "Three farmers were killed in Israeli artillery shelling near Khan Younis on Friday.", code: "19", want: "ISRMIL>PSECVL"},
		{name: "died in a missile strike", date: "2022-03-02", text: "Five civilians died in a Russian missile strike on Kharkiv.", code: "19", want: "RUS>UKRCVL"},
		{name: "wounded in air raids", date: "2016-09-20", text: "Twelve aid workers were wounded in Syrian government air raids near Aleppo.", code: "195", want: "SYRGOV>SYRCVL"},
		{name: "injured during a Turkish offensive", date: "2019-10-12", text: "Dozens of Kurdish fighters were injured during a Turkish offensive in northern Syria.", code: "18", want: "TUR>SYRUAF"},
		{name: "subject's own act stays its own", date: "2023-05-10", text: "Israel killed five militants in an air strike on Gaza.", code: "19", want: "ISR>REB"},
		{name: "a strike with no actor", date: "2020-01-08", text: "Three children died in an air strike on Idlib.", code: "19", want: ""},
	})
}
