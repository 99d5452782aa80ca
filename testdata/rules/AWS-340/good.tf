# Models and monitoring jobs with no network access, or kept inside a VPC.

variable "private_subnet_ids" {
  type    = list(string)
  default = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_sagemaker_model" "isolated" {
  for_each                 = toset(["churn", "fraud"])
  name                     = each.key
  execution_role_arn       = "arn:aws:iam::111122223333:role/sagemaker-execution"
  enable_network_isolation = true
  primary_container {
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/${each.key}:latest"
  }
}

# Needs to call a feature store: runs in private subnets instead.
resource "aws_sagemaker_model" "in_vpc" {
  name               = "recommender"
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker-execution"
  primary_container {
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/recommender:3.1"
  }
  vpc_config {
    subnets            = var.private_subnet_ids
    security_group_ids = ["sg-0a1b2c3d"]
  }
}

resource "aws_sagemaker_data_quality_job_definition" "churn" {
  name     = "churn-data-quality"
  role_arn = "arn:aws:iam::111122223333:role/sagemaker-monitoring"
  data_quality_app_specification {
    image_uri = "468650794304.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-model-monitor-analyzer"
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "churn"
    }
  }
  data_quality_job_output_config { # want AWS-151 "results"
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://example-monitoring/churn"
      }
    }
  }
  job_resources {
    cluster_config { # want AWS-151 "storage volume"
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
  network_config {
    enable_inter_container_traffic_encryption = true
    enable_network_isolation                  = true
  }
}
