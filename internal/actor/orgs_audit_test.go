package actor

import "testing"

// TestOrganisationAudit: bodies, parties, unions, movements and armed
// groups the organisation audit of December 2026 added, read by name,
// acronym and spelling, in and out of their dated roles.
func TestOrganisationAudit(t *testing.T) {
	d := dict(t)
	checkWho(t, d, []whoRow{
		{"Fed by its full name", "Federal Reserve", "2020-03-15", "USAGOV", ""},
		{"Bank of England by its initials", "BoE", "2022-09-28", "GBRGOV", ""},
		{"Banxico", "Banxico", "2023-01-01", "MEXGOV", ""},
		{"RBI", "RBI", "2016-11-08", "INDGOV", ""},
		{"PBOC", "PBOC", "2020-01-01", "CHNGOV", ""},
		{"DRS in its years", "DRS", "2010-01-01", "DZASPY", ""},
		{"Derg by its other spelling", "Dergue", "1980-01-01", "ETHGOV", "junta"},
		{"DINA", "DINA", "1976-01-01", "CHLSPY", "secret police"},
		{"Fedayeen Saddam", "Fedayeen Saddam", "2003-03-25", "IRQMIL", "paramilitary"},
		{"Saudi National Guard by initials", "SANG", "2015-01-01", "SAUMIL", ""},
		{"Densus alone", "Densus", "2018-05-13", "IDNCOP", ""},
		{"Comelec", "Comelec", "2022-05-09", "PHLGOV", ""},
		{"NEBE", "NEBE", "2021-06-21", "ETHGOV", ""},
		{"NRA rebels", "National Resistance Army", "1985-06-01", "UGAREB", "rebels"},
		{"NRA army after Kampala fell", "National Resistance Army", "1990-01-01", "UGAMIL", "army"},
		{"ex-FAR before the RPF won", "ex-FAR", "1994-05-01", "RWAMIL", "army of the Habyarimana government"},
		{"ex-FAR in exile", "ex-FAR", "1996-11-01", "RWAREB", "exiled army of the old regime"},
		{"USC rebels", "USC", "1990-06-01", "SOMREB", "rebels"},
		{"USC a faction after Siad Barre", "USC", "1993-06-05", "SOMUAF", "faction"},
		{"FNLA rebels", "FNLA", "1976-01-01", "AGOREB", "rebels"},
		{"FNLA a party", "FNLA", "1995-01-01", "AGOPTY", "party"},
		{"Lebanese Forces militia", "Lebanese Forces militia", "1985-01-01", "LBNUAF", "Christian militia"},
		{"Lebanese Forces party", "Lebanese Forces party", "2010-01-01", "LBNPTY", "party"},
		{"Tupamaros guerrillas", "MLN-Tupamaros", "1972-01-01", "URYREB", "guerrillas"},
		{"Tupamaros in the Broad Front", "MLN-Tupamaros", "2000-01-01", "URYPTY", "movement in the Broad Front"},
		{"Bangladesh students protesting", "Students Against Discrimination", "2024-07-20", "BGDOPP", "protest movement"},
		{"Bangladesh students after Hasina fell", "Students Against Discrimination", "2024-09-01", "BGDCVL", "student movement"},
		{"PDPA by its later name", "Watan Party", "1991-01-01", "AFGPTY", "ruling party"},
		{"Kifaya spelling", "Kifaya", "2005-01-01", "EGYOPP", ""},
		{"FFS", "FFS", "2015-01-01", "DZAPTY", ""},
		{"UPC", "UPC", "1985-01-01", "UGAPTY", ""},
		{"ZAPU", "ZAPU", "1985-01-01", "ZWEPTY", ""},
		{"SACP", "SACP", "2010-01-01", "ZAFPTY", ""},
		{"NUM", "NUM", "2012-08-16", "ZAFLAB", ""},
		{"ASUU", "ASUU", "2022-05-01", "NGALAB", ""},
		{"Bolivian union by its Spanish name", "Central Obrera Boliviana", "2020-08-01", "BOLLAB", ""},
		{"CONAIE", "CONAIE", "2019-10-08", "ECUOPP", ""},
		{"MST", "MST", "2019-01-01", "BRAOPP", ""},
		{"Damas de Blanco", "Damas de Blanco", "2015-01-01", "CUBOPP", ""},
		{"Memorial", "Memorial", "2021-12-28", "NGORUS", ""},
		{"ACLU", "ACLU", "2020-01-01", "NGOUSA", ""},
		{"Nahdlatul Ulama", "Nahdlatul Ulama", "2019-01-01", "IDNREL", ""},
		{"KFOR is NATO's", "KFOR", "2023-05-29", "IGONATO", ""},
		{"ODIHR is the OSCE's", "ODIHR", "2020-01-01", "IGOOSC", ""},
		{"Yellow Shirts by initials", "PAD", "2008-11-25", "THAOPP", ""},
		{"Solidarity by its Polish name", "Solidarnosc", "1981-12-13", "POLLAB", ""},
		{"Civic Forum in opposition", "Civic Forum", "1989-11-25", "CZEOPP", "opposition movement"},
		{"Civic Forum in government", "Civic Forum", "1990-06-01", "CZEPTY", "movement in government"},
		{"Sajudis before independence", "Sajudis", "1989-01-01", "LTUOPP", "independence movement"},
		{"Sajudis after independence", "Sajudis", "1992-01-01", "LTUPTY", "party"},
		{"Rukh after independence", "Rukh", "1994-01-01", "UKRPTY", "party"},
		{"GSU", "GSU", "2017-08-10", "KENCOP", ""},
		{"Barkhane force", "Barkhane force", "2020-01-01", "FRAMIL", "French force in the Sahel"},
		{"Pathet Lao insurgents", "Pathet Lao", "1974-01-01", "LAOREB", "communist insurgency"},
		{"Pathet Lao rulers", "Pathet Lao", "1980-01-01", "LAOGOV", "rulers of Laos"},
		{"KCIA", "KCIA", "1979-10-26", "KORSPY", ""},
		{"ANSP after the KCIA", "ANSP", "1995-01-01", "KORSPY", ""},
		{"IPKF", "IPKF", "1988-01-01", "INDMIL", ""},
		{"PLOTE", "PLOTE", "1988-01-01", "LKAREB", ""},
		{"Occupy Central", "Occupy Central", "2014-10-01", "HKGOPP", ""},
		{"Cambodia's ruling party by its old initials", "KPRP", "1985-01-01", "KHMPTY", ""},
		{"Mong Tai Army", "Mong Tai Army", "1995-01-01", "MMRREB", "Khun Sa's army"},
	})
}

// TestWhoAuditThird: people the third pass of the people audit added
// (people-gaps.txt): ministers, central bankers and security chiefs read
// by full name, spelling and surname, across a change of office.
func TestWhoAuditThird(t *testing.T) {
	d := dict(t)
	checkWho(t, d, []whoRow{
		{"Gordhan finance minister", "Gordhan", "2016-06-01", "ZAFGOV", "finance minister"},
		{"Gordhan between his terms at finance", "Pravin Gordhan", "2014-06-01", "ZAFGOV", "minister of cooperative governance"},
		{"Cele police commissioner", "Bheki Cele", "2010-06-01", "ZAFCOP", "national police commissioner"},
		{"Cele police minister", "Cele", "2020-01-01", "ZAFGOV", "police minister"},
		{"Mboweni at the Reserve Bank", "Mboweni", "2005-01-01", "ZAFGOV", "governor of the South African Reserve Bank"},
		{"Ribadu at the EFCC", "Nuhu Ribadu", "2005-01-01", "NGACOP", "chairman of the Economic and Financial Crimes Commission (EFCC)"},
		{"Ribadu security adviser", "Ribadu", "2024-01-01", "NGAGOV", "national security adviser"},
		{"Matiangi without apostrophe", "Fred Matiangi", "2016-01-01", "KENGOV", "education minister"},
		{"Matiang'i at the interior", "Matiang'i", "2019-01-01", "KENGOV", "interior minister (cabinet secretary)"},
		{"Bullrich minister", "Bullrich", "2017-01-01", "ARGGOV", "security minister"},
		{"Bullrich in opposition", "Patricia Bullrich", "2021-01-01", "ARGOPP", "opposition leader, chairwoman of PRO"},
		{"Hammouchi spelled Hammouchy", "Abdellatif Hammouchy", "2010-01-01", "MARSPY", "head of the domestic intelligence service (DGST)"},
		{"Hammouchi at the police", "Hammouchi", "2020-01-01", "MARCOP", "head of the national police (DGSN) and of the DGST"},
		{"Wike governor", "Nyesom Wike", "2020-01-01", "NGAGOV", "governor of Rivers State"},
		{"Adly spelled el-Adly", "Habib el-Adly", "2011-01-28", "EGYGOV", "interior minister"},
		{"Kayihura", "Kale Kayihura", "2015-01-01", "UGACOP", "inspector general of police"},
		{"Ongwen", "Dominic Ongwen", "2004-01-01", "UGAREB", "commander of the Lord's Resistance Army"},
		{"Emefiele", "Emefiele", "2020-01-01", "NGAGOV", "governor of the Central Bank of Nigeria"},
		{"Zakzaky spelled El-Zakzaky", "Ibrahim El-Zakzaky", "2015-12-13", "NGAREL", "leader of the Islamic Movement in Nigeria"},
	})
}
