package pipeline

import "testing"

// TestPresentSVerb: a verb's "-s" form that the word table's source knew
// only as a plural noun ("fines", "gags", "shells", "jails") is also its
// present tense (internal/syntax/internal/gen's addPresents), so a headline
// or a present-tense report codes its act: "Russia fines Google". The noun
// reading stays first, so the same words as subjects or objects stay nouns
// ("the fines were paid", "bombs exploded").
func TestPresentSVerb(t *testing.T) {
	testLexRows(t, []lexRow{
		// arrests
		{"arrests: country, headline", d, "Turkey arrests 20 journalists in Istanbul raid.", "173", "TUR>TURMED", ""},
		{"arrests: police, Africa", d, "Nigerian police arrest 15 protesters in Lagos.", "173", "NGACOP>NGAOPP", ""},
		{"arrests: country, opposition", d, "Egypt arrests opposition leader ahead of vote.", "173", "EGY>EGYOPP", ""},
		// shells
		{"shells: army, Middle East", d, "The Syrian army shells rebel positions near Aleppo.", "19", "SYRMIL>SYRREB", ""},
		{"shells: country, town", "2014-07-20", "Israel shells Gaza after rocket fire.", "19", "ISR>PSE", ""},
		{"shells: troops, Africa", "1998-06-01", "Eritrean troops shell Ethiopian border towns.", "19", "ERIMIL>ETH", ""},
		// jails
		{"jails: country, activist", d, "Vietnam jails democracy activist.", "173", "VNM>VNMOPP", ""},
		{"jails: country, aid worker", d, "Iran jails British aid worker.", "173", "IRN>GBRCVL", ""},
		{"jails: court, Latin America", d, "A Venezuelan court jails opposition leader for 14 years.", "116", "VENJUD>VENOPP", ""},
		// expels
		{"expels: diplomats", d, "Russia expels British diplomats.", "161", "RUS>GBRGOV", ""},
		{"expels: envoy over plot", d, "France expels Iranian envoy over bomb plot.", "161", "FRA>IRNGOV", ""},
		{"expels: 1980s, Africa", "1987-03-02", "Nigeria expels Ghanaian ambassador.", "161", "NGA>GHAGOV", ""},
		// summons
		{"summons: ambassador", d, "Egypt summons Israeli ambassador.", "11", "EGY>ISRGOV", ""},
		{"summons: envoy over remarks", d, "Turkey summons US envoy over remarks.", "11", "TUR>USAGOV", ""},
		// storms
		{"storms: rebels, base", d, "Rebels storm army base in northern Mali.", "19", "MLIREB>MLIMIL", ""},
		{"storms: militants, prison", d, "Islamist militants storm prison in Niger.", "19", "RAD>NER", ""},
		// sentences
		{"sentences: country, death", d, "Iran sentences activist to death.", "11", "IRN>IRNOPP", ""},
		{"sentences: court, cleric", d, "Saudi court sentences cleric to 10 years in prison.", "11", "SAUJUD>SAUREL", ""},
		// boycotts
		{"boycotts: opposition, elections", d, "The opposition boycotts elections in Bangladesh.", "14", "BGDOPP>BGDGOV", ""},
		{"boycotts: country, summit", d, "Kenya boycotts regional summit in Uganda.", "12", "KEN>", ""},
		// bombs
		{"bombs: country, group", d, "US bombs Islamic State targets in Syria.", "195", "USA>IMGRAD", ""},
		{"bombs: alliance, capital", "1999-04-10", "NATO bombs Belgrade.", "195", "IGONATO>SRB", ""},
		// fines (new)
		{"fines: country, company", d, "Russia fines Google over banned content.", "11", "RUS>USABUS", ""},
		{"fines: court, activist", d, "A Moscow court fines opposition activist for unauthorised protest.", "11", "RUSJUD>RUSOPP", ""},
		{"fines: regulator, Asia", d, "China fines Alibaba 2.8 billion dollars.", "11", "CHN>CHNBUS", ""},
		// gags (new)
		{"gags: country, lawyers", d, "China gags lawyers ahead of party congress.", "17", "CHN>CHNCVL", ""},
		{"gags: country, press, Africa", d, "Ethiopia gags the press in Tigray.", "17", "ETH>ETHCVL", ""},
		// levies (new)
		{"levies: duties", d, "Argentina levies export duties on soybeans.", "163", "ARG>", ""},
		// lobbies (new)
		{"lobbies: capital for recognition", d, "Kosovo lobbies Washington for recognition.", "02", "XKX>USAGOV", ""},
		// swaps (new)
		{"swaps: prisoners", d, "Russia swaps prisoners with Ukraine.", "08", "RUS>UKR", ""},
		// assaults (new)
		{"assaults: positions", "2016-04-03", "Armenia assaults Azerbaijani positions.", "19", "ARM>AZE", ""}, // military positions: 190 (18 while "Azerbaijani" ended its own phrase)
		// rockets, already there
		{"rockets: group, towns", d, "Hamas rockets Israeli towns.", "19", "PSEREB>ISR", ""},
		// rails
		{"rails against: quotas", d, "Venezuela rails against US sanctions.", "11", "VEN>USA", ""},
		// deports, recalls, condemns
		{"deports: traders", d, "Ghana deports Nigerian traders.", "174", "GHA>NGACVL", ""},
		{"recalls: ambassador", d, "Brazil recalls its ambassador from Israel.", "16", "BRA>ISR", ""},
		{"vetoes: resolution", d, "Russia vetoes UN resolution on Syria.", "12", "RUS>IGOUNO", ""},
		// plural nouns stay nouns
		{"not a verb: arrests as subject", d, "The arrests in Cairo drew protests from the United States.", "17", "", ""},
		{"not a verb: bombs exploded", d, "Bombs exploded in Baghdad on Tuesday, killing 20 civilians.", "18", "IRQUAF>IRQCVL", ""},
		{"not a verb: found the shells", d, "Serbian police found the shells near the border with Kosovo.", "19", "", ""},
		{"not a verb: fines were paid", d, "The fines were paid by Google in Russia last year.", "11", "", ""},
		{"not a verb: troops before a verb", d, "Government troops clash with rebels in Darfur.", "19", "SDNMIL>SDNREB", ""},
		{"not a verb: allies before a verb", d, "Opposition allies accuse the government of fraud in Kenya.", "11", "KENOPP>KENGOV", ""},
		{"not a verb: companies before a verb", d, "Chinese companies invest in Zambian mines.", "06", "CHNBUS>ZMB", ""},
		{"not a verb: partners before a verb", d, "EU partners back Greek bailout plan.", "05", "IGOEUR>GRC", ""},
		{"not a verb: settlers before a verb", d, "Israeli settlers attack Palestinian villagers in Hebron.", "18", "ISRCVL>PSECVL", ""},
		// hyphenated compounds
		{"tear-gas: present", d, "Police tear-gas protesters in Nairobi.", "175", "KENCOP>KENOPP", ""},
		{"tear-gassed: past", "1987-06-10", "Riot police tear-gassed students in Seoul.", "175", "KORCOP>KORCVL", ""},
		{"tear-gassed: passive", d, "Protesters were tear-gassed by police in Caracas.", "175", "VENCOP>VENOPP", ""},
	})
}
