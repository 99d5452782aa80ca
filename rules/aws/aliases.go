package aws

// aliases are other scanners' public ids for the checks each rule covers
// (Trivy and tfsec AVD ids and long ids, Checkov CKV ids): their ignore
// comments (tfsec:ignore, trivy:ignore, checkov:skip) silence the rule,
// and the reports and docs list them. Only checks that flag the same
// problem are listed: a wrong alias silently silences a real finding. Each
// id was checked against the scanners' published check indexes (see
// docs/migration.md). Left out on purpose: checks broader than the rule
// when the same scanner also has the exact check (CKV_AWS_63, any "*"
// action, beside CKV_AWS_62/CKV_AWS_1 for "*" on "*"; CKV_AWS_277, all
// ports, beside CKV_AWS_24/25), and AVD-AWS-0057 (any wildcard in a
// policy: an ignore of it may have accepted a narrow wildcard, never an
// administrator grant).
var aliases = map[string][]string{
	"AWS-001": {"AVD-AWS-0107", "aws-ec2-no-public-ingress-sgr", "aws-vpc-no-public-ingress-sgr", "CKV_AWS_24", "CKV_AWS_25"},
	"AWS-002": {"AVD-AWS-0026", "aws-ebs-enable-volume-encryption", "AVD-AWS-0131", "AVD-AWS-0008", "CKV_AWS_3", "CKV_AWS_8"},
	"AWS-003": {"CKV_AWS_1", "CKV_AWS_62", "CKV_AWS_274"},
	"AWS-004": {"AVD-AWS-0092", "aws-s3-no-public-access-with-acl", "CKV_AWS_20", "CKV_AWS_57", "CKV_AWS_70"},
	"AWS-005": {"AVD-AWS-0094", "aws-s3-specify-public-access-block", "CKV2_AWS_6"},
	"AWS-247": {"AVD-AWS-0086", "aws-s3-block-public-acls", "CKV_AWS_53"},
	"AWS-248": {"AVD-AWS-0091", "aws-s3-ignore-public-acls", "CKV_AWS_55"},
	"AWS-249": {"AVD-AWS-0087", "aws-s3-block-public-policy", "CKV_AWS_54"},
	"AWS-290": {"AVD-AWS-0093", "aws-s3-no-public-buckets", "CKV_AWS_56"},
	"AWS-006": {"AVD-AWS-0088", "aws-s3-enable-bucket-encryption", "CKV_AWS_19"},
	"AWS-155": {"AVD-AWS-0006", "aws-athena-enable-at-rest-encryption", "CKV_AWS_159"},
	"AWS-255": {"AVD-AWS-0007", "aws-athena-no-encryption-override", "CKV_AWS_82"},
	"AWS-007": {"AVD-AWS-0089", "aws-s3-enable-bucket-logging", "CKV_AWS_18"},
	"AWS-008": {"AVD-AWS-0090", "aws-s3-enable-versioning", "CKV_AWS_21"},
	"AWS-010": {"AVD-AWS-0178", "aws-ec2-require-vpc-flow-logs-for-all-vpcs", "CKV2_AWS_11"},
	"AWS-011": {"AVD-AWS-0011", "aws-cloudfront-enable-waf", "CKV_AWS_68", "CKV2_AWS_28", "CKV2_AWS_29"},
	"AWS-012": {"AVD-AWS-0104", "aws-ec2-no-public-egress-sgr", "aws-vpc-no-public-egress-sgr"},
	"AWS-015": {"AVD-AWS-0014", "aws-cloudtrail-enable-all-regions", "CKV_AWS_67"},
	"AWS-223": {"CKV_AWS_251"},
	"AWS-224": {"AVD-AWS-0056", "aws-iam-no-password-reuse", "CKV_AWS_13"},
	"AWS-017": {"CKV2_AWS_3"},
	"AWS-021": {"AVD-AWS-0080", "aws-rds-encrypt-instance-storage-data", "AVD-AWS-0079", "aws-rds-encrypt-cluster-storage-data", "CKV_AWS_16", "CKV_AWS_96"},
	"AWS-022": {"AVD-AWS-0045", "aws-elasticache-enable-at-rest-encryption", "CKV_AWS_29"},
	"AWS-023": {"AVD-AWS-0082", "aws-rds-no-public-db-access", "CKV_AWS_17"},
	"AWS-025": {"AVD-AWS-0021", "aws-documentdb-enable-storage-encryption", "AVD-AWS-0076", "aws-neptune-enable-storage-encryption", "CKV_AWS_74", "CKV_AWS_44"},
	"AWS-026": {"AVD-AWS-0054", "aws-elb-http-not-used", "CKV_AWS_2", "CKV2_AWS_20"},
	"AWS-027": {"AVD-AWS-0047", "aws-elb-use-secure-tls-policy", "AVD-AWS-0013", "aws-cloudfront-use-secure-tls-policy", "AVD-AWS-0005", "aws-api-gateway-use-secure-tls-policy", "CKV_AWS_103", "CKV_AWS_174"},
	"AWS-028": {"AVD-AWS-0012", "aws-cloudfront-enforce-https", "CKV_AWS_34"},
	"AWS-031": {"CKV_AWS_273"},
	"AWS-032": {"AVD-AWS-0063", "aws-iam-set-minimum-password-length", "CKV_AWS_10"},
	"AWS-040": {"AVD-AWS-0096", "aws-sqs-enable-queue-encryption", "CKV_AWS_27"},
	"AWS-041": {"AVD-AWS-0037", "aws-efs-enable-at-rest-encryption", "CKV_AWS_42"},
	"AWS-042": {"AVD-AWS-0065", "aws-kms-auto-rotate-keys", "CKV_AWS_7"},
	"AWS-043": {"AVD-AWS-0064", "aws-kinesis-enable-in-transit-encryption", "CKV_AWS_43"},
	"AWS-044": {"AVD-AWS-0023", "aws-dynamodb-enable-at-rest-encryption", "CKV_AWS_47"},
	"AWS-045": {"AVD-AWS-0048", "aws-elastic-search-enable-domain-encryption", "CKV_AWS_5"},
	"AWS-221": {"AVD-AWS-0016", "aws-cloudtrail-enable-log-validation", "CKV_AWS_36"},
	"AWS-275": {"CKV2_AWS_55"},
	"AWS-311": {"AVD-AWS-0028", "aws-ec2-enforce-http-token-imds", "AVD-AWS-0130", "aws-ec2-enforce-launch-config-http-token-imds", "aws-autoscaling-enforce-http-token-imds"},
	"AWS-105": {"AVD-AWS-0009", "aws-ec2-no-public-ip", "aws-autoscaling-no-public-ip"},
	"AWS-106": {"AVD-AWS-0164", "aws-ec2-no-public-ip-subnet"},
	"AWS-209": {"AVD-AWS-0029", "aws-ec2-no-secrets-in-user-data", "AVD-AWS-0122", "aws-ec2-no-sensitive-info", "aws-autoscaling-no-sensitive-info", "AVD-AWS-0129", "aws-ec2-no-secrets-in-launch-template-user-data", "aws-autoscaling-no-secrets-in-user-data", "AVD-AWS-0036", "aws-ecs-no-plaintext-secrets"},
	"AWS-114": {"AVD-AWS-0032", "aws-ecr-no-public-access"},
	"AWS-166": {"AVD-AWS-0035", "aws-ecs-enable-in-transit-encryption"},
	"AWS-148": {"AVD-AWS-0039", "aws-eks-encrypt-secrets"},
	"AWS-159": {"AVD-AWS-0033", "aws-ecr-repository-customer-key"},
	"AWS-104": {"AVD-AWS-0041", "aws-eks-no-public-cluster-access-to-cidr"},
	"AWS-142": {"AVD-AWS-0051", "aws-elasticache-enable-in-transit-encryption"},
	"AWS-145": {"AVD-AWS-0043", "aws-elastic-search-enable-in-transit-encryption"},
	"AWS-144": {"AVD-AWS-0046", "aws-elastic-search-enforce-https"},
	"AWS-222": {"AVD-AWS-0126", "aws-elastic-search-use-secure-tls-policy"},
	"AWS-157": {"AVD-AWS-0137", "aws-emr-enable-at-rest-encryption"},
	"AWS-158": {"AVD-AWS-0138", "aws-emr-enable-in-transit-encryption"},
	"AWS-302": {"CKV2_AWS_57"},
	"AWS-330": {"CKV_AWS_334", "CKV_AWS_210"},
	"AWS-436": {"CKV_AWS_223"},
}
