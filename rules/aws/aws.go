// Package aws holds the SOC 2 rules for Amazon Web Services. Each rule
// reads Terraform and CloudFormation alike, under one id.
package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules/setting"
	"github.com/soc2lint/soc2lint/rules/tagging"
)

// Rules returns the AWS rules.
func Rules() []*engine.Rule {
	rs := []*engine.Rule{
		// Groups and their rule resources; the types of what uses a group
		// are read from its edges alone, the bodies of the load balancers
		// (classic listeners), listeners and Redshift clusters using it.
		{ID: "AWS-001", Check: checkOpenSensitivePort, Reads: openSensitivePortReads},
		setting.WithCustomerKeyOption(&engine.Rule{ID: "AWS-002", Check: checkUnencryptedBlockStorage}, checkBlockStorageCustomerKey),
		{ID: "AWS-003", Check: checkWildcardIAM},
	}
	rs = append(rs, storageRules()...)
	rs = append(rs, networkRules()...)
	rs = append(rs, loggingRules()...)
	rs = append(rs, databaseRules()...)
	rs = append(rs, tlsRules()...)
	rs = append(rs, iamRules()...)
	rs = append(rs, dataRules()...)
	rs = append(rs, coverageDataRules()...)
	rs = append(rs, coverageLogRules()...)
	rs = append(rs, coverageRulesA()...)
	rs = append(rs, coverageAWSRulesB()...)
	rs = append(rs, coverage3Rules()...)
	rs = append(rs, coverage4Rules()...)
	rs = append(rs, coverage5Rules()...)
	rs = append(rs, coverage6Rules()...)
	rs = append(rs, coverage7aRules()...)
	rs = append(rs, coverage8bRules()...)
	rs = append(rs, coverage8aRules()...)
	rs = append(rs, coverage9aRules()...)
	rs = append(rs, coverage9cRules()...)
	rs = append(rs, coverage9xRules()...)
	rs = append(rs, coverage9kRules()...)
	rs = append(rs, coverage12mRules()...)
	rs = append(rs, coverage12kRules()...)
	rs = append(rs, coverage13cRules()...)
	rs = append(rs, coverage13rRules()...)
	rs = append(rs, coverage13gRules()...)
	rs = append(rs, coverage14gRules()...)
	rs = append(rs, coverage15gRules()...)
	rs = append(rs, coverage17eRules()...)
	rs = append(rs, coverage14aRules()...)
	rs = append(rs, coverage14cRules()...)
	rs = append(rs, coverage15dRules()...)
	rs = append(rs, coverage15nbRules()...)
	rs = append(rs, coverage16grdbRules()...)
	rs = append(rs, coverage16Rules()...)
	rs = append(rs, coverage16decRules()...)
	rs = append(rs, coverageHcp17bRules()...)
	rs = append(rs, coverageFsbp18bRules()...)
	rs = append(rs, coverage17cRules()...)
	rs = append(rs, coverageMiss18Rules()...)
	rs = append(rs, coverageNag19Rules()...)
	rs = append(rs, coverageMiss19Rules()...)
	rs = append(rs, coveragePro20Rules()...)
	rs = append(rs, coveragePro20bRules()...)
	rs = append(rs, coverageCsp21bRules()...)
	rs = append(rs, coverageCsp21cRules()...)
	rs = append(rs, coverageCsp21aRules()...)
	rs = append(rs, coverageMon22aRules()...)
	rs = append(rs, coverage17aRules()...)
	rs = append(rs, coverage18cRules()...)
	rs = append(rs, coverageMon22cRules()...)
	rs = append(rs, coverageMiss23Rules()...)
	rs = append(rs, gap24bRules()...)
	rs = append(rs, cdnS3OriginWithoutAccessControl())
	rs = append(rs, gap24aRules()...)
	rs = append(rs, tagging.Rule("AWS-050", tagSpec))
	rs = append(rs, miss24Rules()...)
	declareReads(rs)
	declareGiven(rs)
	for _, r := range rs {
		r.LiteralLinks = literalLinks
		r.Aliases = aliases[r.ID]
	}
	return rs
}

// literalLinks are the attributes that name an AWS resource by a literal
// name instead of a reference: a bucket's name in its logging or policy
// configuration, a VPC id in a flow log. The graph links them, so that
// Pass.Referrers finds `bucket = "logs"` as it finds `bucket =
// aws_s3_bucket.logs.id`.
var literalLinks = []engine.LiteralLink{
	{Attr: "bucket", ToType: "aws_s3_bucket", ToAttr: "bucket"},
	{Attr: "target_bucket", ToType: "aws_s3_bucket", ToAttr: "bucket"},
	{Attr: "Bucket", ToType: "AWS::S3::Bucket", ToAttr: "BucketName"},
	{Attr: "DestinationBucketName", ToType: "AWS::S3::Bucket", ToAttr: "BucketName"},
	{Attr: "S3BucketName", ToType: "AWS::S3::Bucket", ToAttr: "BucketName"},
	{Attr: "s3_bucket_name", ToType: "aws_s3_bucket", ToAttr: "bucket"},
	{Attr: "vpc_id", ToType: "aws_vpc", ToAttr: "id"},
	{Attr: "VpcId", ToType: "AWS::EC2::VPC", ToAttr: "Id"},
}
