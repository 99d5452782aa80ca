package engine

import "testing"

// TestReadsCloudFormation checks that ReadsCloudFormation names every
// CloudFormation type (AWS's, custom resources, other publishers'
// registry types and modules) and no Terraform type.
func TestReadsCloudFormation(t *testing.T) {
	r := &Rule{ID: "TEST-CFN", Reads: []string{ReadsCloudFormation, "aws_s3_bucket"}}
	s := r.declared()
	for typ, want := range map[string]bool{
		"AWS::S3::Bucket": true, "Custom::Thing": true, "MyOrg::Service::Thing": true,
		"MyOrg::Service::Thing::MODULE": true, "Alexa::ASK::Skill": true,
		"aws_s3_bucket": true, "aws_s3_bucket_policy": false, "azurerm_storage_account": false, "": false,
	} {
		if got := s.has(typ); got != want {
			t.Errorf("has(%q) = %v, want %v", typ, got, want)
		}
	}
}
