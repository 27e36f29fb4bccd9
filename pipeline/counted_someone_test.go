package pipeline

import "testing"

// TestCountedSomeone: a quantity whose "of" phrase names people by no more
// than sex or age ("dozens of men", "hundreds of women") stands for them,
// as the bare plural does: the doers of force so named are unidentified
// attackers of the place ("Men beat protesters"), and those a measure
// falls on the country's people ("Police arrested men"), as are a people
// the dictionary leaves to the sentence's country ("thousands of
// Rohingya"). Counted actors
// keep their own reading, and a toll, weapons and money name no one.
func TestCountedSomeone(t *testing.T) {
	testRowsWith(t, newCoder(t), []lexRow{
		{"dozens of men beat, subject", "2019-10-29", "Dozens of men beat protesters in Beirut.", "18", "LBNUAF>LBNOPP", ""},
		{"hundreds of men attacked, subject", "2008-01-30", "Hundreds of men attacked a police station in Kenya.", "19", "KENUAF>KENCOP", ""},
		{"dozens of men on motorbikes, a phrase after the noun", "2019-10-29", "Dozens of men on motorbikes beat protesters and burned their tents in Beirut.", "18", "LBNUAF>LBNOPP", ""},
		{"beaten by dozens of men, passive agent", "2021-03-02", "A journalist was beaten by dozens of men in Dhaka.", "18", "BGDUAF>BGDMED", ""},
		{"abducted by scores of men, passive agent", "2014-04-16", "Two villagers were abducted by scores of men in Borno.", "18", "NGAUAF>NGACVL", ""},
		{"arrested dozens of men, object", "2015-06-19", "Police arrested dozens of men in Lahore.", "17", "PAKCOP>PAKCVL", ""},
		{"detained hundreds of men, object", "2000-02-10", "Russian troops detained hundreds of men in Grozny.", "17", "RUSMIL>RUSCVL", ""},
		{"have arrested hundreds of women, present perfect", "2012-04-02", "Police in Tehran have arrested hundreds of women.", "17", "IRNCOP>IRNCVL", ""},
		{"shot dead dozens of men, an entry's victims counted", "2008-01-30", "Kenyan police shot dead dozens of men on Friday.", "19", "KENCOP>", ""},
		{"arrested hundreds of Rohingya, a people counted", "2017-09-01", "Police in Rakhine arrested hundreds of Rohingya.", "17", "MMRCOP>MMRCVL", ""},
		{"detained hundreds of Tamils, a people counted", "1996-07-20", "Sri Lankan troops detained hundreds of Tamils in Jaffna.", "17", "LKAMIL>LKACVL", ""},
		{"arrested dozens of Kurds, a people counted", "2016-11-04", "Turkish police arrested dozens of Kurds in Istanbul.", "17", "TURCOP>TURCVL", ""},
		{"guard no attack told by dozens of men", "2018-01-02", "Dozens of men did not attack the police station in Kenya.", "19", "", ""},
		{"guard hundreds of protesters", "2020-05-01", "Hundreds of protesters attacked the police station in Lagos.", "19", "NGAOPP>NGACOP", ""},
		{"guard dozens of soldiers", "2013-01-11", "Dozens of soldiers attacked the village in Mali.", "18", "MLIMIL>MLICVL", ""},
		{"guard arrested dozens of opposition supporters", "2021-01-14", "Police arrested dozens of opposition supporters in Kampala.", "17", "UGACOP>UGAOPP", ""},
		{"guard a toll of people killed", "2007-03-06", "Dozens of people were killed in Baghdad.", "18", "IRQUAF>IRQCVL", ""},
		{"guard rockets name no doer", "2018-01-02", "Hundreds of rockets hit Israel on Sunday.", "19", "", ""},
		{"guard dollars name no one", "2018-01-02", "The charity sent thousands of dollars to refugees in Jordan.", "07", "NGO>JORREF", ""},
		{"guard rockets fired name no target", "2019-05-05", "Militants fired hundreds of rockets at Israel.", "19", "REB>ISR", ""},
	}, false)
}
