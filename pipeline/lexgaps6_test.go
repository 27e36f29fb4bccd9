package pipeline

import "testing"

// TestRepelledBack: forces driven, forced, pushed or beaten back are
// fought (190) by those who drove them, with the particle after the verb or
// after the object, in either voice; a date or plan pushed back is no one
// fought.
func TestRepelledBack(t *testing.T) {
	testLexRows(t, []lexRow{
		{"forced back, particle after the object", d, "Ukrainian troops forced the Russian attackers back on Monday.", "190", "UKRMIL>RUSUAF", ""},
		{"pushed back, particle first", d, "Malian soldiers have pushed back the insurgents near Gao.", "190", "MLIMIL>MLIREB", ""},
		{"driven back, passive", d, "The raiders were driven back by Kenyan troops.", "190", "KENMIL>UAF", ""},
		{"beaten back intruders", d, "Indian soldiers beat back the intruders in Kashmir.", "190", "INDMIL>", ""},
		{"driving back only vowed is not done", d, "Colombia's army vowed it would drive the rebels back.", "190", "", ""},
		{"a date pushed back", d, "The Egyptian government pushed back the vote to March.", "190", "", ""},
		{"a crowd forced back is coercion, not fighting", d, "Police forced the protesters back.", "190", "", ""},
	})
}

// TestAerialLaunches: drones launched or sent at a place or side are an
// attack from the air (195), rockets and missiles fired "towards" one are
// shelling (194) as "at" is; a drone launched at nothing is a test.
func TestAerialLaunches(t *testing.T) {
	testLexRows(t, []lexRow{
		{"drones launched at a city", d, "Russia launched dozens of drones at Kyiv overnight.", "195", "RUS>UKR", ""},
		{"drones fired towards a country", d, "The Houthis fired drones towards Israel on Sunday.", "195", "YEMREB>ISR", ""},
		{"drones sent against", d, "Iran sent attack drones against Israel.", "195", "IRN>ISR", ""},
		{"missiles towards", d, "Iran launched missiles towards Israel late on Tuesday.", "194", "IRN>ISR", ""},
		{"rockets toward", d, "Hezbollah fired rockets toward northern Israel.", "194", "LBNRAD>ISR", ""},
		{"a drone model launched", d, "Russia launched a new drone model at an arms fair.", "195", "", ""},
		{"drones not launched", d, "Russia did not launch drones at Kyiv.", "195", "", ""},
	})
}

// TestHostedHeads: the heads, chiefs or envoys of a side hosted are met
// (043) by the host, whose target is the side their "of" phrase names.
func TestHostedHeads(t *testing.T) {
	testLexRows(t, []lexRow{
		{"heads of named sides", d, "Egypt hosted the heads of Hamas and Fatah in Cairo.", "043", "EGY>PSEREB", ""},
		{"chiefs, future", d, "Qatar will host the chiefs of Hamas on Friday.", "03", "QAT>PSEREB", ""},
		{"envoys of a country", d, "Turkey has hosted envoys of the Taliban this week.", "043", "TUR>AFGREB", ""},
		{"not hosted", d, "Egypt did not host the heads of Hamas.", "043", "", ""},
	})
}

// TestCalledAThreat: calling an act "a threat to" something judges it
// (111), and the act the object names is not coded by the naming.
func TestCalledAThreat(t *testing.T) {
	testLexRows(t, []lexRow{
		{"called a deployment a threat", d, "Russia called the deployment of US troops a threat to peace.", "111", "RUS>USAMIL", ""},
		{"not the deployment", d, "Russia called the deployment of US troops a threat to peace.", "15", "", ""},
		{"a danger to", d, "Iran's foreign minister on Monday called the new sanctions a danger to regional stability.", "111", "IRNGOV>", ""},
		{"an order to deploy called a threat", d, "Venezuela called Guyana's order to deploy troops a threat to peace.", "15", "", ""},
		{"a threat to, present tense", d, "China calls the drills a threat to regional security.", "111", "CHN>", ""},
	})
}

// TestBail: a court that releases, frees or grants bail to a detainee
// releases them (0841), its country's judiciary the source; bail denied or
// refused keeps them held (1243), no denial of a charge (016).
func TestBail(t *testing.T) {
	testLexRows(t, []lexRow{
		{"released on bail", d, "An Egyptian court released the activist on bail on Sunday.", "0841", "EGYJUD>EGYOPP", ""},
		{"freed on bail by a court, passive", d, "The opposition leader was freed on bail by a Turkish court.", "0841", "TURJUD>TUROPP", ""},
		{"bail granted to", d, "Pakistan's Supreme Court granted bail to the former prime minister.", "0841", "PAKJUD>PAKGOV", ""},
		{"bail granted, perfect", d, "A Kenyan judge has granted bail to the opposition leader.", "0841", "KENJUD>KENOPP", ""},
		{"bail denied", d, "A Russian judge denied bail to the journalist.", "1243", "RUSJUD>RUSMED", ""},
		{"bail denied is no denial", d, "A Russian judge denied bail to the journalist.", "016", "", ""},
		{"bail refused", d, "An Iranian court refused bail to the opposition leader.", "1243", "IRNJUD>IRNOPP", ""},
		{"bail not granted", d, "The Pakistani court did not grant bail to the former prime minister.", "0841", "", ""},
	})
}

// TestTruceLapsing: a truce or ceasefire that expires, lapses or is at
// risk, in danger or under threat is no one's act; one that takes effect,
// or is declared, still is.
func TestTruceLapsing(t *testing.T) {
	testLexRows(t, []lexRow{
		{"expired, possessor", d, "Sudan's ceasefire expired on Sunday night.", "0871", "", ""},
		{"lapsed, between", d, "The truce between Armenia and Azerbaijan lapsed at midnight.", "0871", "", ""},
		{"at risk of collapse", d, "Libya's fragile truce was at risk of collapse.", "0871", "", ""},
		{"in danger, present", d, "The ceasefire between Israel and Hamas is in danger.", "0871", "", ""},
		{"under threat, perfect", d, "The truce between the two Koreas has been under threat for weeks.", "0871", "", ""},
		{"took effect is still a truce", d, "A ceasefire between Armenia and Azerbaijan took effect on Sunday.", "0871", "ARM>AZE", ""},
		{"declared", d, "Ethiopia declared a truce in Tigray.", "0871", "ETH>", ""},
		{"talks that collapse took place", d, "The talks between Iran and the United States collapsed.", "040", "IRN>USA", ""},
	})
}

// TestBorderWith: the "with" phrase of a border, frontier or boundary
// names the other side of the line, not a partner of the verb: an exercise
// held near the border with a country is no joint one (062), while one
// held with a country still is.
func TestBorderWith(t *testing.T) {
	testLexRows(t, []lexRow{
		{"exercise near the border with", d, "Russia held an exercise near the border with Finland.", "062", "", ""},
		{"drills along the frontier with, future", d, "China will stage drills along its frontier with India.", "062", "", ""},
		{"manoeuvres near the boundary with, passive", d, "Manoeuvres were held by Greek forces near the boundary with Turkey.", "062", "", ""},
		{"still a show of force", d, "Russia held an exercise near the border with Finland.", "150", "RUS>", ""},
		{"exercise with a partner near a border", d, "Russia held exercises with Belarus near the border with Poland.", "062", "RUS>BLR", ""},
		{"a partner named first", d, "China held drills with Russia near the border.", "062", "CHN>RUS", ""},
		{"a clash with, near the border with", d, "Israeli troops clashed with Hezbollah near the border with Lebanon.", "190", "ISRMIL>LBNRAD", ""},
	})
}
