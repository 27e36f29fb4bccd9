package pipeline

import "testing"

// TestRepression: security forces acting with force on protesters is
// CAMEO's violent repression (175), whatever the weapon or verb; the same
// verbs on armed groups stay fighting (19x).
func TestRepression(t *testing.T) {
	testLexRows(t, []lexRow{
		{name: "plastic bullets at demonstrators", date: "2019-10-22", text: "Police fired plastic bullets at demonstrators in Santiago on Monday.", code: "175", want: "CHLCOP>CHLOPP"},
		{name: "batons against students", date: "2018-08-05", text: "Riot police wielded batons against students in Dhaka.", code: "175", want: "BGDCOP>BGDCVL"},
		{name: "police killed demonstrators", date: "2019-06-04", text: "Police killed two demonstrators in Khartoum on Monday.", code: "175", want: "SDNCOP>SDNOPP"},
		{name: "troops shot dead protesters", date: "2021-03-28", text: "Myanmar soldiers shot dead three protesters in Yangon on Saturday.", code: "175", want: "MMRMIL>MMROPP"},
		{name: "foam bullets against protesters", date: "2019-10-15", text: "Spanish police fired foam bullets against protesters in Barcelona.", code: "175", want: "ESPCOP>ESPOPP"},
		{name: "soldiers shot rebels is fighting", date: "2012-11-20", text: "Soldiers shot two rebels near Goma.", code: "19", want: "CODMIL>CODREB"},
		{name: "soldiers shot rebels is no repression", date: "2012-11-20", text: "Soldiers shot two rebels near Goma.", code: "175", want: ""},
		// force turned on a gathering falls on those in it: its own actor,
		// else the people of the place; an armed group's attack on one is
		// no repression
		{name: "opened fire on a funeral procession", date: "2019-10-22", text: "DHAKA, Bangladesh (AP) — Police opened fire on a funeral procession on Monday.", code: "175", want: "BGDCOP>BGDCVL"},
		{name: "fired on an opposition rally", date: "2019-10-22", text: "Troops fired on an opposition rally in Conakry on Monday.", code: "175", want: "GINMIL>GINOPP"},
		{name: "charged a march with batons", date: "2019-10-22", text: "Riot police charged a student march with batons in Santiago.", code: "175", want: "CHLCOP>CHLCVL"},
		{name: "police attacked a sit-in by teachers", date: "2019-10-22", text: "Riot police attacked a sit-in by teachers outside the ministry in Nairobi.", code: "175", want: "KENCOP>KENCVL"},
		{name: "rebels attacking a rally is no repression", date: "2019-10-22", text: "Rebels attacked a rally in northern Uganda.", code: "175", want: ""},
		// a passive that names no one who used force on a crowd implies the
		// police (policy.tsv's agent=COP on 175), and is no named doer: the
		// story's unidentified attackers stay
		{name: "passive tear gas fired at protesters", date: "2019-10-22", text: "Tear gas was fired at protesters outside parliament in Tbilisi.", code: "175", want: "GEOCOP>GEOOPP"},
		{name: "passive students dispersed", date: "2019-10-22", text: "Students were dispersed with water cannon in Santiago.", code: "175", want: "CHLCOP>CHLCVL"},
		{name: "implied police keep the unidentified attackers", date: "2019-10-22", text: "KHARTOUM, Sudan (AP) — Five soldiers were killed. Protesters were dispersed with tear gas.", code: "190", want: "SDNUAF>SDNMIL"},
	})
}

// TestRepressionMoreShapes: a baton charge into a crowd, an outlet's
// licence revoked, a party's activities suspended and people hauled into
// police trucks fall on those they are done to.
func TestRepressionMoreShapes(t *testing.T) {
	testLexRows(t, []lexRow{
		{name: "charged into the crowd", date: "1998-05-12", text: "JAKARTA, Indonesia (AP) — Riot police charged into the crowd swinging batons.", code: "175", want: "IDNCOP>IDNCVL"},
		{name: "revoked the licences of radio stations", date: "1998-05-12", text: "Authorities in Lusaka revoked the licences of two radio stations.", code: "1721", want: "ZMBGOV>ZMBMED"},
		{name: "suspended the activities of a party", date: "1998-05-12", text: "JAKARTA, Indonesia (AP) — The government suspended the activities of the main opposition party.", code: "1722", want: "IDNGOV>IDNOPP"},
		{name: "hauled into police trucks", date: "1998-05-12", text: "MINSK, Belarus (AP) — Riot police hauled dozens of protesters into police trucks.", code: "173", want: "BLRCOP>BLROPP"},
		{name: "a suspended match is no ban", date: "1998-05-12", text: "The league suspended the match in Lagos.", code: "1722", want: ""},
	})
}
