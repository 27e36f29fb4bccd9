package pipeline

import "testing"

// TestHeldPeopleEnvoyPulledForcesPoured covers four wordings the coverage
// audit of roots 15-17 found missing: people held or arrested who are named
// by a calling (a pastor, a researcher, a priest, migrants), an envoy
// pulled from a post, forces poured into a place, and police deployed in a
// city; guards keep money poured in, a muscle pulled and a year after "in".
func TestHeldPeopleEnvoyPulledForcesPoured(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"a pastor held since a year", "2018-08-01", "Turkey has held an American pastor since 2016.", "173", "TURGOV>USAREL", ""},
		{"a priest detained for weeks", d, "Nicaraguan police held a Catholic priest for three weeks.", "173", "NICCOP>NICREL", ""},
		{"a researcher held in prison", d, "Iran held the researcher in Evin prison for two years.", "173", "IRNGOV>", ""},
		{"migrants held at a camp", d, "Libyan authorities held hundreds of migrants at a detention centre.", "173", "LBYGOV>LBYCVL", ""},
		{"a businessman held, passive", "2019-01-01", "The Canadian businessman has been held by China since 2018.", "173", "CHNGOV>CANBUS", ""},
		{"an envoy pulled from a capital", d, "Turkey pulled its envoy from Vienna.", "161", "TURGOV>AUTGOV", ""},
		{"diplomats pulled from an embassy", d, "Washington pulled its diplomats from Havana.", "161", "USAGOV>CUBGOV", ""},
		{"an ambassador pulled after said", d, "The ministry said Argentina had pulled its ambassador from Caracas.", "161", "ARGGOV>VEN", ""},
		{"troops poured into a region", d, "The Ethiopian government poured troops into the Tigray region.", "154", "ETHGOV>ETHGOV", ""},
		{"tanks poured into a neighbour", "1968-08-21", "The Soviet Union poured tanks into Czechoslovakia.", "154", "RUSGOV>CZEGOV", ""},
		{"riot police deployed in a city", d, "Thousands of riot police were deployed in Nairobi ahead of the protests.", "153", "KENCOP>KENGOV", ""},
		{"police deployed in a capital", d, "Police were deployed in central Minsk on Sunday.", "153", "BLRCOP>BLRGOV", ""},
		{"guard: money poured into a region", d, "The government poured money into the region.", "15", "", ""},
		{"guard: a muscle pulled", d, "The striker pulled a muscle from the strain.", "16", "", ""},
		{"guard: police deployed in a year", d, "Thousands of police were deployed in 2019.", "153", "", ""},
		{"guard: migrants picked up by a ship", d, "The Norwegian captain picked up the migrants from a sinking ferry.", "17", "", ""},
		{"guard: a priest picked up the award", d, "The priest picked up the award in Rome.", "17", "", ""},
		{"guard: a pastor held a service", d, "The pastor held a service for the victims.", "17", "", ""},
	})
}
