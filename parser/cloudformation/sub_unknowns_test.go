package cloudformation

import (
	"slices"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// TestSubUnknowns checks that the names sub writes into a Fn::Sub value
// with several unknown pieces read back, and that values whose pieces are
// not template-wide names (a variable of the map, one unknown piece) do
// not.
func TestSubUnknowns(t *testing.T) {
	src := `Parameters:
  AppName:
    Type: String
  Env:
    Type: String
    Default: prod
Resources:
  Log:
    Type: AWS::S3::Bucket
  A:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub ${AppName}-${Env}-${AWS::Region}-${AWS::AccountId}
      Tags:
        - Key: one
          Value: !Sub ${AppName}-logs
        - Key: map
          Value: !Sub
            - ${X}-${AWS::Region}
            - X: !Ref AppName
        - Key: resource
          Value: !Sub ${Log.Arn}/${AWS::AccountId}
        - Key: known
          Value: !Sub ${Env}-x
`
	tm, diags := Parse(parser.Source{Path: "t.yaml", Bytes: []byte(src)})
	if tm == nil {
		t.Fatalf("parse: %v", diags)
	}
	var a *parser.Resource
	for _, r := range tm.Resources {
		if r.Name == "A" {
			a = r
		}
	}
	name := a.Body.Get("BucketName")
	got, ok := SubUnknowns(name)
	if want := []string{"AppName", "AWS::Region", "AWS::AccountId"}; !ok || !slices.Equal(got, want) {
		t.Errorf("BucketName: SubUnknowns = %q, %v; want %q (why %q)", got, ok, want, name.Why())
	}
	if parts := name.KnownParts(); !slices.Equal(parts, []string{"", "-prod-", "-", ""}) {
		t.Errorf("BucketName parts = %q", parts)
	}
	tags := a.Body.Get("Tags").Items()
	for i, tc := range []struct {
		want []string
		ok   bool
	}{{nil, false}, {nil, false}, {[]string{"Log.Arn", "AWS::AccountId"}, true}, {nil, false}} {
		got, ok := SubUnknowns(tags[i].Get("Value"))
		if ok != tc.ok || !slices.Equal(got, tc.want) {
			t.Errorf("tag %d: SubUnknowns = %q, %v; want %q, %v", i, got, ok, tc.want, tc.ok)
		}
	}
	if _, ok := SubUnknowns(nil); ok {
		t.Error("nil value read as a Fn::Sub")
	}
}
