package cloudformation

import (
	"slices"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// TestSubUnknowns checks that the names sub writes into a Fn::Sub value
// whose unknown pieces are template-wide names read back, with one piece
// or several, as does the name of a parameter without a value that a Ref
// reads, and that values whose pieces are not template-wide names (a
// variable of the map) or that are known do not.
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
        - Key: ref
          Value: !Ref AppName
        - Key: whole
          Value: !Sub ${AppName}
        - Key: default
          Value: !Ref Env
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
	got, parts, ok := SubUnknowns(name)
	if want := []string{"AppName", "AWS::Region", "AWS::AccountId"}; !ok || !slices.Equal(got, want) {
		t.Errorf("BucketName: SubUnknowns = %q, %v; want %q (why %q)", got, ok, want, name.Why())
	}
	if !slices.Equal(parts, []string{"", "-prod-", "-", ""}) {
		t.Errorf("BucketName parts = %q", parts)
	}
	tags := a.Body.Get("Tags").Items()
	for i, tc := range []struct {
		want, parts []string
		ok          bool
	}{
		{[]string{"AppName"}, []string{"", "-logs"}, true},
		{nil, nil, false},
		{[]string{"Log.Arn", "AWS::AccountId"}, []string{"", "/", ""}, true},
		{nil, nil, false},
		{[]string{"AppName"}, []string{"", ""}, true},
		{[]string{"AppName"}, []string{"", ""}, true},
		{nil, nil, false},
	} {
		got, parts, ok := SubUnknowns(tags[i].Get("Value"))
		if ok != tc.ok || !slices.Equal(got, tc.want) || !slices.Equal(parts, tc.parts) {
			t.Errorf("tag %d: SubUnknowns = %q, %q, %v; want %q, %q, %v", i, got, parts, ok, tc.want, tc.parts, tc.ok)
		}
	}
	if _, _, ok := SubUnknowns(nil); ok {
		t.Error("nil value read as a Fn::Sub")
	}
}
