# The module's outputs about the bucket.

output "s3_bucket_id" {
  value = one(aws_s3_bucket.this[*].id)
}

output "s3_bucket_arn" {
  value = one(aws_s3_bucket.this[*].arn)
}

output "s3_bucket_bucket_domain_name" {
  value = one(aws_s3_bucket.this[*].bucket_domain_name)
}

output "s3_bucket_bucket_regional_domain_name" {
  value = one(aws_s3_bucket.this[*].bucket_regional_domain_name)
}
