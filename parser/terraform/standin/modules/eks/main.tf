# soc2lint's stand-in for terraform-aws-modules/eks/aws, written from the
# module's documented inputs and defaults: the cluster's API endpoint
# access, its control plane logs, the envelope encryption of Kubernetes
# secrets with the KMS key the module creates, and the cluster's log group.
# The inputs are read in inputs_*.tf, one file per set of names (v21
# dropped the cluster_ prefix). Node groups, Fargate profiles, add-ons,
# access entries, IAM roles and security groups are not modeled.

resource "aws_eks_cluster" "this" {
  count = var.create ? 1 : 0

  name                      = local.name
  enabled_cluster_log_types = local.enabled_log_types

  vpc_config {
    endpoint_private_access = local.endpoint_private_access
    endpoint_public_access  = local.endpoint_public_access
    public_access_cidrs     = local.endpoint_public_access_cidrs
  }

  dynamic "encryption_config" {
    for_each = local.encrypt ? [local.encryption_config] : []

    content {
      provider {
        key_arn = var.create_kms_key ? one(aws_kms_key.this[*].arn) : lookup(encryption_config.value, "provider_key_arn", null)
      }
      resources = lookup(encryption_config.value, "resources", ["secrets"])
    }
  }
}

# The key the module's KMS submodule creates for the secrets.
resource "aws_kms_key" "this" {
  count = var.create && var.create_kms_key && local.encrypt ? 1 : 0

  description         = "${local.name} cluster encryption key"
  enable_key_rotation = var.enable_kms_key_rotation
}

resource "aws_cloudwatch_log_group" "this" {
  count = var.create && var.create_cloudwatch_log_group ? 1 : 0

  name              = "/aws/eks/${local.name}/cluster"
  retention_in_days = var.cloudwatch_log_group_retention_in_days
  kms_key_id        = var.cloudwatch_log_group_kms_key_id
}

output "cluster_name" {
  value = one(aws_eks_cluster.this[*].name)
}

output "cluster_arn" {
  value = one(aws_eks_cluster.this[*].arn)
}

output "cluster_endpoint" {
  value = one(aws_eks_cluster.this[*].endpoint)
}
