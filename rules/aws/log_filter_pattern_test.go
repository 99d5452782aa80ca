package aws

import "testing"

func TestFilterPattern(t *testing.T) {
	root := cwEvent{"userIdentity.type": "Root", "eventType": "AwsApiCall", "eventName": "ListBuckets"}
	nacl := cwEvent{"eventSource": "ec2.amazonaws.com", "eventName": "CreateNetworkAclEntry"}
	denied := cwEvent{"errorCode": "Client.UnauthorizedOperation"}
	for _, c := range []struct {
		pattern string
		ev      cwEvent
		want    bool
		ok      bool
	}{
		{`{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }`, root, true, true},
		{`{ $.userIdentity.type = "Root" && $.eventType = "AwsServiceEvent" }`, root, false, true},
		{`{ $.userIdentity.type = Root }`, root, true, true},
		{`{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) }`, nacl, true, true},
		{`{ ($.eventName = CreateNetworkAcl) || ($.eventName = DeleteNetworkAcl) }`, nacl, false, true},
		{`{ ($.eventSource = ec2.amazonaws.com) && (($.eventName = Create*) || ($.eventName = Delete*)) }`, nacl, true, true},
		{`{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }`, denied, true, true},
		{`{ $.errorCode = "AccessDenied*" }`, denied, false, true},
		{`{ $.bytes > 100 }`, cwEvent{"bytes": "150"}, true, true},
		{`{ $.bytes <= 100 }`, cwEvent{"bytes": "150"}, false, true},
		{`{ $.sourceIPAddress IS NULL }`, root, true, true},
		{`ERROR Exception`, root, false, false},
		{`{ $.eventName = "unterminated }`, root, false, false},
		{`{ ($.eventName = CreateVpc }`, root, false, false},
	} {
		e, ok := parseFilterPattern(c.pattern)
		if ok != c.ok {
			t.Errorf("parseFilterPattern(%s): ok = %v, want %v", c.pattern, ok, c.ok)
			continue
		}
		if ok && e(c.ev) != c.want {
			t.Errorf("%s on %v = %v, want %v", c.pattern, c.ev, !c.want, c.want)
		}
	}
}
