package pipeline

import (
	"testing"
	"time"
)

// TestHaltedForce: a verb that stops an act of force named by its noun
// ("suspended its air strikes", "called off its raids", "ended its air
// campaign") codes the de-escalation (087) aimed where the force fell,
// and no act of force; an airline's or a search party's "operations" are
// no force.
func TestHaltedForce(t *testing.T) {
	testLexRows(t, []lexRow{
		{"suspended raids on militants", d, "Turkey suspended raids on Kurdish militants in northern Iraq.", "087", "TUR>IRQREB", ""},
		{"ended its air raids", d, "The Pentagon ended its air raids on Islamic State targets in Iraq.", "087", "USAMIL>IMGRAD", ""},
		{"stopped its missile strikes", d, "Moscow stopped its missile strikes on Kyiv for Christmas.", "087", "RUSGOV>UKR", ""},
		{"suspended its air strikes during a truce", d, "Israel suspended its air strikes on Gaza during the truce.", "087", "ISR>PSE", ""},
		{"ended its air campaign", d, "Saudi Arabia ended its air campaign against the Houthis.", "087", "SAU>YEMREB", ""},
		{"suspended drone strikes on a region", d, "Ethiopia suspended drone strikes on Tigray.", "087", "ETH>ETH", ""},
		{"suspended raids are no raid", d, "Turkey suspended raids on Kurdish militants in northern Iraq.", "19", "", ""},
		{"suspended air strikes are no strike", d, "Israel suspended its air strikes on Gaza during the truce.", "19", "", ""},
		{"an airline's operations", d, "The airline suspended operations in Niger.", "087", "", ""},
	})
}

// TestCompoundStrikeOnActor: an air, drone or missile strike on an actor
// is coded by its compound (195 aerial, 194 missile), not as a bare strike
// (190), in every frame: a light verb, a verb of phase, its clause's
// subject, the occasion of another act.
func TestCompoundStrikeOnActor(t *testing.T) {
	testLexRows(t, []lexRow{
		{"air strikes as an occasion", d, "Oil prices rose after Israeli air strikes on Iran.", "195", "ISR>IRN", ""},
		{"air strikes stepped up", d, "Israel stepped up air strikes on Hezbollah in Lebanon.", "195", "ISR>LBNRAD", ""},
		{"missile strikes intensified", d, "Russia intensified missile strikes on Ukraine.", "194", "RUS>UKR", ""},
		{"missile strikes launched", d, "Iran launched missile strikes on Israel on Tuesday.", "194", "IRN>ISR", ""},
		{"drone strikes as subject", d, "American drone strikes on the Houthis continued overnight.", "195", "USA>YEMREB", ""},
		{"air strikes resumed", d, "Israel resumed air strikes on Hezbollah on Sunday.", "195", "ISR>LBNRAD", ""},
	})
}

// TestPrisonerSwapBetween: a prisoner exchange or swap "between A and B"
// is a release by each side (0841), whatever verb tells it; one only
// talked about is not done.
func TestPrisonerSwapBetween(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a swap took place", d, "A prisoner swap between Armenia and Azerbaijan took place in December.", "0841", "ARM>AZE", ""},
		{"an exchange began", d, "A prisoner exchange between Israel and Hamas began on Friday.", "0841", "ISR>PSEREB", ""},
		{"a swap completed", d, "The prisoner swap between the United States and Russia was completed in Ankara.", "0841", "USA>RUS", ""},
		{"an exchange freed soldiers", d, "A prisoner exchange between Ukraine and Russia freed 90 soldiers on each side.", "0841", "UKR>RUS", ""},
		{"a brokered swap", d, "Qatar brokered a prisoner swap between Iran and the United States.", "0841", "IRN>USA", ""},
		{"talks on an exchange", d, "Talks on a prisoner exchange between Yemen's government and the Houthis stalled.", "0841", "", ""},
	})
}

// TestUndertookMediation: "undertook" with an event noun as its object is
// a light verb doing the act ("undertook mediation between A and B": 045);
// with an infinitive it is a promise of the act (03x).
func TestUndertookMediation(t *testing.T) {
	testLexRows(t, []lexRow{
		{"mediation between two states", d, "Egypt undertook mediation between Sudan and South Sudan.", "045", "EGY>SDN", ""},
		{"mediation by a church state", d, "The Vatican undertook mediation between Russia and Ukraine.", "045", "VAT>UKR", ""},
		{"mediation with rebels", d, "Algeria undertook mediation between Mali and the Tuareg rebels.", "045", "DZA>MLI", ""},
		{"mediation is no promise", d, "Egypt undertook mediation between Sudan and South Sudan.", "03", "", ""},
		{"undertook to withdraw", d, "Iran undertook to withdraw its forces from Syria.", "0356", "IRN>SYR", ""},
		{"undertook to supply", d, "Turkey undertook to supply drones to Ukraine.", "0332", "TUR>UKR", ""},
	})
}

// TestHaltedMediation: mediation ended, suspended or halted "between A and
// B" halts it towards both parties (165).
func TestHaltedMediation(t *testing.T) {
	testLexRows(t, []lexRow{
		{"ended between a state and its neighbours", d, "Kuwait ended its mediation between Qatar and its neighbours.", "165", "KWT>QAT", ""},
		{"suspended between a state and rebels", d, "Norway suspended its mediation between Colombia and the ELN.", "165", "NOR>COLREB", ""},
		{"suspended between a state and a group", d, "Qatar suspended its mediation between Israel and Hamas.", "165", "QAT>PSEREB", ""},
		{"halted between a group and a state", d, "Egypt halted its mediation between Hamas and Israel.", "165", "EGY>ISR", ""},
		{"ended in a year", d, "Turkey ended its mediation between Syria and Israel in 2008.", "165", "TUR>SYR", ""},
	})
}

// TestLaunchedInvasionOf: "launched an invasion of X" aims the attack at
// what is invaded; an "of" phrase on another noun of force ("an attack of
// unprecedented scale", "an offensive of its own") names no target.
func TestLaunchedInvasionOf(t *testing.T) {
	testLexRows(t, []lexRow{
		{"an invasion in a year", d, "Russia launched an invasion of Georgia in 2008.", "190", "RUS>GEO", ""},
		{"its invasion", d, "Iraq launched its invasion of Kuwait in August 1990.", "190", "IRQ>KWT", ""},
		{"an invasion of a region", d, "Turkey launched an invasion of northern Cyprus.", "190", "TUR>CYP", ""},
		{"an invasion of a neighbour", d, "Tanzania launched an invasion of Uganda.", "190", "TZA>UGA", ""},
		{"a full-scale invasion", d, "Russia launched a full-scale invasion of Ukraine.", "190", "RUS>UKR", ""},
		{"an offensive of its own", d, "Azerbaijan launched an offensive of its own against Armenian forces.", "190", "AZE>ARMMIL", ""},
		{"an attack of a scale", d, "Iraq launched an attack of unprecedented scale on Kuwait.", "190", "IRQ>KWT", ""},
	})
}

// TestFollowedOccasion: the object of "followed" names an act that took
// place before its subject's, as "after" does: the act is coded when it
// names its doer and a target ("protests followed the arrest of X by Y").
func TestFollowedOccasion(t *testing.T) {
	testLexRows(t, []lexRow{
		{"an arrest by police", d, "Riots followed the arrest of the opposition leader by police in Dakar.", "173", "SENCOP>SENOPP", ""},
		{"an annexation by a state", d, "The sanctions followed Russia's annexation of Crimea.", "192", "RUS>UKRGOV", ""},
		{"air strikes with a nationality", d, "Protests in Amman followed Israeli air strikes on Gaza.", "195", "ISR>PSE", ""},
		{"days of shelling by forces", d, "The clashes followed days of shelling of Armenian villages by Azerbaijani forces.", "194", "AZEMIL>ARMCVL", ""},
		{"an expulsion of diplomats", d, "The diplomat's departure followed the expulsion of 20 Czech diplomats by Moscow.", "161", "RUSGOV>CZEGOV", ""},
		{"a visit by a minister", d, "The talks followed a visit to Beijing by the Indian foreign minister.", "042", "INDGOV>CHNGOV", ""},
		{"following people is no occasion", d, "Police followed the protesters to the square.", "14", "", ""},
	})
}

// TestJointDoersBy: an act of force named by its noun whose "by" phrase
// joins two doers ("raids by Kenyan and Somali troops") was done by both
// together, each against its target or where it happened, never by each
// against the other, as "Indian and Chinese troops clashed" is.
func TestJointDoersBy(t *testing.T) {
	testLexRows(t, []lexRow{
		{"raids by two armies, the first", d, "Raids by Kenyan and Somali troops in the Gedo region continued on Monday.", "190", "KENMIL>SOM", ""},
		{"raids by two armies, the second", d, "Raids by Kenyan and Somali troops in the Gedo region continued on Monday.", "190", "SOMMIL>SOM", ""},
		{"attacks by two air forces", d, "Attacks by Russian and Syrian warplanes in Idlib province intensified.", "190", "RUSMIL>SYR", ""},
		{"an offensive by two armies", d, "The offensive by Ethiopian and Eritrean troops in Tigray began in November.", "190", "ERIMIL>ETH", ""},
		{"troops that clashed fought each other", d, "Indian and Chinese troops clashed in Ladakh.", "190", "CHNMIL>INDMIL", ""},
	})
}

// TestOccasionDates: an act named as the earlier occasion of its clause's
// ("after", "following", "since") is dated by a time of its own ("Friday's
// arrest", "last month"), never by the clause's ("on Monday after the
// arrest" dates the protest); with none it is background: the month (or
// year) of its clause's time, else of the story.
func TestOccasionDates(t *testing.T) {
	c := newCoder(t)
	ref, err := time.Parse(time.DateOnly, "2024-03-06")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, text, code, source, date string }{
		{"an arrest after a weekday", "Protests erupted in Minsk on Monday after the arrest of an opposition leader by Belarusian police.", "173", "BLRCOP", "2024-03"},
		{"the clause keeps its weekday", "Belarusian students marched in Minsk on Monday after the arrest of an opposition leader by police.", "14", "BLRCVL", "2024-03-04"},
		{"an arrest with a weekday of its own", "Protests erupted in Minsk on Monday after Friday's arrest of an opposition leader by Belarusian police.", "173", "BLRCOP", "2024-03-01"},
		{"an expulsion with its own time", "Moscow expelled two Estonian diplomats on Friday following Estonia's expulsion of a Russian diplomat last month.", "161", "EST", "2024-02"},
		{"air strikes before a weekday", "Iran fired missiles at Israel on Tuesday after Israeli air strikes on Tehran.", "195", "ISR", "2024-03"},
		{"an annexation before a year", "The United States imposed sanctions on Moscow in 2014 after Russia's annexation of Crimea.", "192", "RUS", "2014"},
		{"an invasion before a date", "Markets fell on March 3, 2022 following Russia's invasion of Ukraine.", "190", "RUS", "2022-03"},
		{"no time anywhere", "Protests erupted in Minsk after the arrest of an opposition leader by Belarusian police.", "173", "BLRCOP", "2024-03"},
		{"during is the same time", "Police arrested 20 students on Friday during a protest by teachers in Nairobi.", "14", "KENCVL", "2024-03-01"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var all []string
			for _, e := range codeText(t, c, tt.text, ref) {
				all = append(all, e.CAMEO+" "+e.Source.Code+" "+string(e.Date))
				if hasCode(e, tt.code) && e.Source.Code == tt.source && string(e.Date) == tt.date {
					return
				}
			}
			t.Errorf("got %v, want %s %s %s", all, tt.code, tt.source, tt.date)
		})
	}
}
