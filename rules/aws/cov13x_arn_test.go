package aws

import (
	"strings"
	"testing"
)

// Every action an IAM-3 "every resource" rule judges has the ARN shape of
// its resource, so that an ARN covering every such resource is judged like
// Resource "*".
func TestActionResourceTypesComplete(t *testing.T) {
	for _, list := range [][]string{iamEscalationActions, iamResourceSharingActions, iamUserCredentialActions,
		iamObjectWriteActions, iamCodeTakeoverActions, iamSecretReadActions, iamDecryptActions} {
		for _, a := range list {
			if _, ok := actionResourceTypes[strings.ToLower(a)]; !ok {
				t.Errorf("%s has no entry in actionResourceTypes", a)
			}
		}
	}
}

func TestARNCoversType(t *testing.T) {
	key := actionResourceTypes["kms:creategrant"]
	object := actionResourceTypes["s3:getobject"]
	bucket := actionResourceTypes["s3:putbucketpolicy"]
	user := actionResourceTypes["iam:createaccesskey"]
	for _, c := range []struct {
		arn  string
		t    arnType
		want bool
	}{
		{"arn:aws:s3:::*/*", object, true},
		{"arn:aws:s3:::*", object, true}, // * crosses the slash
		{"arn:aws:s3:::**", object, true},
		{"arn:aws-cn:s3:::*/*", object, true},
		{"arn:" + arnGap + ":s3:::*/*", object, true},
		{"arn:aws:s3:::*/*", bucket, false}, // a bucket's ARN has no slash
		{"arn:aws:s3:::*", bucket, true},
		{"arn:aws:s3:::my-bucket*", object, false},
		{"arn:aws:s3:::my-bucket/*", object, false},
		{"arn:aws:s3:::" + arnGap + "*/*", object, false},
		{"arn:aws:s3:::*/logs/*", object, false},
		{"arn:aws:kms:*:*:key/*", key, true},
		{"arn:aws:kms:us-east-1:111122223333:key/*", key, true},
		{"arn:aws:kms:" + arnGap + ":" + arnGap + ":key/*", key, true},
		{"arn:aws:kms:*:*:k*", key, true},
		{"arn:aws:kms:*", key, true}, // a * ending the last segment crosses colons
		{"arn:aws:kms:*:*:alias/*", key, false},
		{"arn:aws:kms:*:*:key/1234*", key, false},
		{"arn:aws:s3:*:*:key/*", key, false},
		{"arn:aws:iam::*:user/*", user, true},
		{"arn:aws:iam::111122223333:user*", user, true},
		{"arn:aws:iam::*:user/ops/*", user, false},
		{"arn:aws:iam::*:role/*", user, false},
		{"arn:aws:iam::*:?ser/*", user, true},
		{"arn:aws:*", key, true},           // every service's resources
		{"arn:aws:*:*:*:key/*", key, true}, // the service a pattern
		{"arn:aws:k*:*:*:key/*", key, true},
		{"arn:aws:*:*:*:alias/*", key, false},
		{"arn:aws:s*:*:*:key/*", key, false},
		{"*", key, false}, // not an ARN: Resource "*" is judged apart
	} {
		if got := arnCoversType(c.arn, c.t); got != c.want {
			t.Errorf("arnCoversType(%q, %s %q) = %v, want %v", c.arn, c.t.service, c.t.prefix, got, c.want)
		}
	}
}
