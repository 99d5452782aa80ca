package aws

import (
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// A date test limits nothing only when it asks for a time after a day
// already past, on a key holding the request's or the credentials' time.
func TestDateTestPast(t *testing.T) {
	str := func(s string) *parser.Value { return &parser.Value{Kind: parser.String, Str: s} }
	for _, c := range []struct {
		op, key, value string
		want           bool
	}{
		{"DateGreaterThan", "aws:CurrentTime", "2020-01-01T00:00:01Z", true},
		{"DateGreaterThanEquals", "aws:TokenIssueTime", "2019-06-30", true},
		{"DateGreaterThanIfExists", "AWS:CurrentTime", "2021-03-01T00:00Z", true},
		{"DateGreaterThan", "aws:EpochTime", "1577836800", true},
		{"DateGreaterThan", "aws:CurrentTime", "2099-01-01T00:00:00Z", false},
		{"DateLessThan", "aws:CurrentTime", "2020-01-01T00:00:00Z", false},
		{"DateGreaterThan", "aws:MultiFactorAuthAge", "2020-01-01T00:00:00Z", false},
		{"DateGreaterThan", "aws:CurrentTime", "yesterday", false},
	} {
		if got := dateTestPast(c.op, c.key, str(c.value)); got != c.want {
			t.Errorf("dateTestPast(%s, %s, %s) = %v, want %v", c.op, c.key, c.value, got, c.want)
		}
	}
}
