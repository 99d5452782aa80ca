# Models and monitoring jobs whose containers can reach the internet.

variable "isolate" {
  type    = bool
  default = false
}

resource "aws_sagemaker_model" "churn" { # want AWS-340 "enable_network_isolation is not set"
  name               = "churn"
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker-execution"
  primary_container {
    image          = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/churn:1.4"
    model_data_url = "s3://example-models/churn/model.tar.gz"
  }
}

resource "aws_sagemaker_model" "fraud" {
  name                     = "fraud"
  execution_role_arn       = "arn:aws:iam::111122223333:role/sagemaker-execution"
  enable_network_isolation = var.isolate # want AWS-340
  primary_container {
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/fraud:2.0"
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
    enable_network_isolation                  = false # want AWS-340
  }
}
