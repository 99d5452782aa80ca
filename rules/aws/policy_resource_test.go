package aws

import "testing"

func TestEveryResource(t *testing.T) {
	cases := map[string]bool{
		"*": true, "arn*": true, "a*": true, "arn:*": true, "arn:aws:*": true, "arn:aws*": true,
		"arn:*:*:*:*:*": true, "arn:aws:*:*:*:*": true, "arn:aws-cn:*": true, "arn:aws-us-gov:*:*": true,
		" * ":            true,
		"arn:aws:s3:::*": false, "arn:aws:s3:::bucket/*": false, "arn:aws:*:*:111122223333:*": false,
		"arn:aws:s*": false, "arn:aws:iam::*:role/*": false, "bucket*": false, "arn": false, "": false,
		"arn:aws:*:us-east-1:*:*": false,
	}
	for in, want := range cases {
		if got := everyResource(in); got != want {
			t.Errorf("everyResource(%q) = %v, want %v", in, got, want)
		}
	}
}
