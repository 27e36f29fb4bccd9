package pipeline

import "testing"

// TestPlaceOfAnUnnamedCrowd: force at home on a crowd that is no actor of
// its own ("crowds", "demonstrators", "people") happens where a relative
// clause on that crowd puts it, as it does for a named target; also when
// the crowd is the object of a verb coordinated with the act's ("fired tear
// gas and swung batons at crowds"). A relative clause on the source, or a
// place outside the source's country, says nothing of where.
func TestPlaceOfAnUnnamedCrowd(t *testing.T) {
	runPlaceRows(t, []placeRow{
		{"tear gas and batons at crowds", "Police fired tear gas and swung batons at crowds that gathered in Rawalpindi as the news spread.", "", "17", "Rawalpindi/PAK"},
		{"water cannon at demonstrators", "Police fired tear gas and water cannon at demonstrators who pushed through barricades in Colombo.", "", "17", "Colombo/LKA"},
		{"soldiers on people", "Soldiers opened fire on people who had come to the square in Yangon.", "", "1", "Yangon/MMR"},
		{"batons on students", "Riot police beat students who had marched through central Nairobi.", "", "1", "Nairobi/KEN"},
		{"detained marchers", "Police detained dozens of marchers who had rallied in Minsk on Sunday.", "", "17", "Minsk/BLR"},
		{"tear gas and detentions", "Police fired tear gas and detained dozens of people who had gathered in Minsk.", "", "175", "Minsk/BLR"},
		{"fire and a charge", "Troops opened fire and charged at crowds that had massed in Khartoum.", "", "19", "Khartoum/SDN"},
		{"beat and arrested", "Police beat and arrested people who had assembled in Harare.", "", "175", "Harare/ZWE"},
		{"the crowd's town abroad", "Police fired tear gas at crowds that had travelled from Paris.", "", "17", "<none>"},
		{"a clause on the source", "Police who had been deployed in Lahore fired tear gas at the crowds.", "", "17", "<none>"},
		{"a statement on crowds", "The ministry condemned crowds that gathered in Rawalpindi.", "", "11", "<none>"},
	})
}
