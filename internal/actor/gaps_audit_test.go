package actor

import "testing"

// TestWhoAudit: people the region-by-region audit of December 2026 added
// (people-gaps.txt), read by full name, by a spelling variant and by
// surname, across a change of office.
func TestWhoAudit(t *testing.T) {
	d := dict(t)
	checkWho(t, d, []whoRow{
		{"Rajai premier", "Mohammad-Ali Rajai", "1981-01-15", "IRNGOV", "prime minister"},
		{"Rajai president", "Rajaei", "1981-08-15", "IRNGOV", "president"},
		{"Kamal Hassan Ali defence minister", "Kamal Hassan Ali", "1979-06-01", "EGYMIL", "defence minister"},
		{"Kamal Hassan Ali premier", "Kamal Hasan Ali", "1985-01-01", "EGYGOV", "prime minister"},
		{"Goukouni spelled Weddeye", "Goukouni Weddeye", "1981-03-01", "TCDGOV", "head of the Transitional Government of National Unity (GUNT)"},
		{"Goukouni rebel", "Goukouni", "1984-03-01", "TCDREB", "leader of the GUNT rebels against Habré"},
		{"Ghotbzadeh spelled Qotbzadeh", "Qotbzadeh", "1980-04-10", "IRNGOV", "foreign minister"},
		{"Tambo by surname", "Tambo", "1985-06-01", "ZAFOPP", "president of the African National Congress in exile"},
		{"Karuna with the Tigers", "Karuna Amman", "2002-01-01", "LKAREB", "eastern commander of the Tamil Tigers"},
		{"Karuna after the split", "Colonel Karuna", "2005-01-01", "LKAUAF", "leader of the breakaway Karuna faction (TMVP)"},
		{"Nasheed president", "Mohamed Nasheed", "2010-01-01", "MDVGOV", "president"},
		{"Nasheed ousted", "Nasheed", "2015-03-14", "MDVOPP", "ousted president, leader of the opposition Maldivian Democratic Party (jailed 2015, in exile 2016-2018)"},
		{"Nasheed speaker", "Mohamed Nasheed", "2020-06-01", "MDVLEG", "speaker of the People's Majlis"},
		{"Turkish chief of staff", "Yasar Buyukanit", "2007-04-27", "TURMIL", "chief of the general staff"},
		{"Heng Samrin head of state", "Heng Samrin", "1985-01-01", "KHMGOV", "head of state"},
		{"Khmer Rouge commander", "Ta Mok", "1997-07-01", "KHMREB", "Khmer Rouge military commander"},
		{"Lebanese militia", "Antoine Lahad", "1995-01-01", "LBNUAF", "commander of the South Lebanon Army"},
		{"Kashmiri separatist", "Syed Ali Geelani", "2010-07-01", "INDOPP", "Kashmiri separatist leader, chairman of the hardline Hurriyat Conference"},
		{"Soviet coup leader", "Yanayev", "1991-08-20", "RUSGOV", "vice president of the Soviet Union, leader of the August 1991 coup"},
		{"Carrington at NATO", "Lord Carrington", "1986-01-01", "IGONATO", "secretary-general of NATO"},
		{"Puigdemont in exile", "Carles Puigdemont", "2019-01-01", "ESPOPP", "exiled Catalan separatist leader"},
		{"Tito", "Josip Broz Tito", "1980-01-15", "SRBGOV", "leader of Yugoslavia"},
		{"Ortega in the junta", "Daniel Ortega", "1982-03-01", "NICGOV", "coordinator of the governing junta"},
		{"Galtieri", "Galtieri", "1982-04-02", "ARGMIL", "military ruler"},
		{"Gates at the CIA", "Robert Gates", "1992-06-01", "USASPY", "director of the CIA"},
		{"Gates at the Pentagon", "Robert Gates", "2008-06-01", "USAGOV", "defense secretary"},
		{"Alfonsin without accents", "Raul Alfonsin", "1985-06-01", "ARGGOV", "president"},
		{"Nkomo in opposition", "Joshua Nkomo", "1985-01-01", "ZWEOPP", "leader of the opposition ZAPU"},
		{"Contra leader", "Adolfo Calero", "1986-06-01", "NICREB", "leader of the Contra rebels (Nicaraguan Democratic Force)"},
		{"Rabuka's coups", "Rabuka", "1987-06-01", "FJIMIL", "leader of the two military coups of 1987, then commander of the army"},
		{"Rabuka premier again", "Sitiveni Rabuka", "2023-06-01", "FJIGOV", "prime minister"},
		{"Bougainville rebel leader", "Francis Ona", "1990-06-01", "PNGREB", "leader of the Bougainville Revolutionary Army and of the secession of Bougainville"},
		{"Kabui as Bougainville president", "Kabui", "2006-01-01", "PNGGOV", "president of the Autonomous Region of Bougainville"},
		{"Vanuatu's first premier", "Father Walter Lini", "1985-01-01", "VUTGOV", "prime minister"},
		{"Muldoon", "Sir Robert Muldoon", "1982-01-01", "NZLGOV", "prime minister"},
		{"McKinnon at the Commonwealth", "Don McKinnon", "2004-01-01", "IGO", "secretary-general of the Commonwealth"},
		{"Beazley in opposition", "Kim Beazley", "1998-01-01", "AUSOPP", "leader of the opposition"},
		{"Tongan premier prince", "Prince Ulukalala Lavaka Ata", "2003-01-01", "TONGOV", "prime minister, as Prince Ulukalala Lavaka Ata"},
		{"Tajik opposition deputy", "Akbar Turadzhonzoda", "1995-01-01", "TJKREB", "first deputy leader of the United Tajik Opposition"},
		{"IMU leader", "Tohir Yuldashev", "2000-01-01", "UZBREB", "leader of the Islamic Movement of Uzbekistan"},
		{"Kyrgyz security chief", "Kamchibek Tashiev", "2022-01-01", "KGZSPY", "chairman of the State Committee for National Security (GKNB)"},
		{"Turkmen minister turned opponent", "Shikhmuradov", "2002-06-01", "TKMOPP", "exiled opposition leader, jailed after the attack on Niyazov's motorcade in November 2002"},
		{"Abacha as defence minister", "Sani Abacha", "1991-01-01", "NGAGOV", "defence minister and chief of defence staff"},
		{"Ouko", "Robert Ouko", "1989-01-01", "KENGOV", "foreign minister, murdered"},
		{"Zaire premier", "Nguza Karl-I-Bond", "1992-01-01", "CODGOV", "prime minister of Zaire"},
		{"MK commander", "Joe Modise", "1985-01-01", "ZAFREB", "commander of Umkhonto we Sizwe, the ANC's armed wing"},
		{"Somare's first term", "Michael Somare", "1980-01-01", "PNGGOV", "prime minister"},
		{"Wingti's first term", "Wingti", "1986-06-01", "PNGGOV", "prime minister"},
		{"Samoan premier's first term", "Tofilau Eti Alesana", "1984-01-01", "WSMGOV", "prime minister"},
		{"Libyan army chief", "Abu Bakr Younis Jabr", "2005-01-01", "LBYMIL", "commander of the armed forces and defence chief, killed in Sirte"},
		{"Tajik opposition commander", "Mirzo Ziyoev", "1995-01-01", "TJKREB", "field commander of the United Tajik Opposition"},
	})
}
