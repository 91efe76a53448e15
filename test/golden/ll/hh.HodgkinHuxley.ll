; BrainTS kernel for neuron model HodgkinHuxley (models/hh.ts:114), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): V, m, h, n, armed, I.
; Group-uniform parameters (params): Cm, gNa, gK, gL, ENa, EK, EL, V_th.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'HodgkinHuxley.cpu'
source_filename = "models/hh.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @HodgkinHuxley_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/hh.ts:101  update(t: number, dt: number) {
  %V.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !7
  %V.ptr = load double*, double** %V.slot, align 8, !dbg !7
  %m.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !7
  %m.ptr = load double*, double** %m.slot, align 8, !dbg !7
  %h.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !7
  %h.ptr = load double*, double** %h.slot, align 8, !dbg !7
  %n.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !7
  %n.ptr = load double*, double** %n.slot, align 8, !dbg !7
  %armed.slot = getelementptr inbounds double*, double** %fields, i64 4, !dbg !7
  %armed.ptr = load double*, double** %armed.slot, align 8, !dbg !7
  %I.slot = getelementptr inbounds double*, double** %fields, i64 5, !dbg !7
  %I.ptr = load double*, double** %I.slot, align 8, !dbg !7
  %Cm.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !7
  %Cm = load double, double* %Cm.slot, align 8, !dbg !7
  %gNa.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !7
  %gNa = load double, double* %gNa.slot, align 8, !dbg !7
  %gK.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !7
  %gK = load double, double* %gK.slot, align 8, !dbg !7
  %gL.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !7
  %gL = load double, double* %gL.slot, align 8, !dbg !7
  %ENa.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !7
  %ENa = load double, double* %ENa.slot, align 8, !dbg !7
  %EK.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !7
  %EK = load double, double* %EK.slot, align 8, !dbg !7
  %EL.slot = getelementptr inbounds double, double* %params, i64 6, !dbg !7
  %EL = load double, double* %EL.slot, align 8, !dbg !7
  %V_th.slot = getelementptr inbounds double, double* %params, i64 7, !dbg !7
  %V_th = load double, double* %V_th.slot, align 8, !dbg !7
  ; models/hh.ts:104  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %u0 = fdiv double %dt, 6.000000e+00, !dbg !8
  %u1 = fmul double 5.000000e-01, %dt, !dbg !8
  %0 = icmp slt i64 %begin, %end, !dbg !8
  br i1 %0, label %neuron, label %done, !dbg !8

neuron:                                           ; preds = %neuron, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %neuron ], !dbg !8
  %bad = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !8
  %V.addr = getelementptr inbounds double, double* %V.ptr, i64 %i, !dbg !9
  %V = load double, double* %V.addr, align 8, !dbg !9
  %I.addr = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !10
  %I = load double, double* %I.addr, align 8, !dbg !10
  %m.addr = getelementptr inbounds double, double* %m.ptr, i64 %i, !dbg !11
  %m = load double, double* %m.addr, align 8, !dbg !11
  %1 = fmul double %m, %m, !dbg !11
  %2 = fmul double %m, %1, !dbg !11
  %3 = fmul double %gNa, %2, !dbg !11
  %h.addr = getelementptr inbounds double, double* %h.ptr, i64 %i, !dbg !12
  %h = load double, double* %h.addr, align 8, !dbg !12
  %4 = fmul double %3, %h, !dbg !12
  ; models/hh.ts:92  const INa = this.gNa * m ** 3 * h * (V - this.ENa);
  %5 = fsub double %V, %ENa, !dbg !13
  %6 = fmul double %4, %5, !dbg !13
  %7 = fsub double %I, %6, !dbg !13
  ; models/hh.ts:104  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %n.addr = getelementptr inbounds double, double* %n.ptr, i64 %i, !dbg !14
  %n = load double, double* %n.addr, align 8, !dbg !14
  %8 = fmul double %n, %n, !dbg !14
  %9 = fmul double %8, %8, !dbg !14
  %10 = fmul double %gK, %9, !dbg !14
  ; models/hh.ts:93  const IK = this.gK * n ** 4 * (V - this.EK);
  %11 = fsub double %V, %EK, !dbg !15
  %12 = fmul double %10, %11, !dbg !15
  %13 = fsub double %7, %12, !dbg !15
  ; models/hh.ts:94  const IL = this.gL * (V - this.EL);
  %14 = fsub double %V, %EL, !dbg !16
  %15 = fmul double %gL, %14, !dbg !16
  %16 = fsub double %13, %15, !dbg !16
  ; models/hh.ts:95  return [(I - INa - IK - IL) / this.Cm, gate(m, alphaM(V), betaM(V)), gate(h, alphaH(V), betaH(V)), gate(n, alphaN(V), betaN(V))];
  %17 = fdiv double %16, %Cm, !dbg !17
  ; models/hh.ts:41  return 1 / exprel(-(V + 40) / 10);
  %18 = fadd double %V, 4.000000e+01, !dbg !18
  %19 = fneg double %18, !dbg !18
  %20 = fdiv double %19, 1.000000e+01, !dbg !19
  %21 = call double @llvm.exp.f64(double %20), !dbg !19
  %22 = fsub double %21, 1.000000e+00, !dbg !19
  %23 = call double @llvm.log.f64(double %21), !dbg !19
  %24 = fdiv double %22, %23, !dbg !19
  %25 = fcmp oeq double %21, 1.000000e+00, !dbg !19
  %26 = select i1 %25, double 1.000000e+00, double %24, !dbg !19
  %27 = fcmp olt double %20, -3.600000e+01, !dbg !19
  %28 = fdiv double -1.000000e+00, %20, !dbg !19
  %29 = select i1 %27, double %28, double %26, !dbg !19
  %30 = fcmp oeq double %21, 0x7FF0000000000000, !dbg !19
  %31 = select i1 %30, double %21, double %29, !dbg !19
  %32 = fdiv double 1.000000e+00, %31, !dbg !19
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %33 = fsub double 1.000000e+00, %m, !dbg !20
  %34 = fmul double %32, %33, !dbg !20
  ; models/hh.ts:45  return 4 * Math.exp(-(V + 65) / 18);
  %35 = fadd double %V, 6.500000e+01, !dbg !21
  %36 = fneg double %35, !dbg !21
  %37 = fdiv double %36, 1.800000e+01, !dbg !22
  %38 = call double @llvm.exp.f64(double %37), !dbg !22
  %39 = fmul double 4.000000e+00, %38, !dbg !22
  %40 = fmul double %39, %m, !dbg !22
  %41 = fsub double %34, %40, !dbg !22
  %42 = fmul double %u1, %41, !dbg !22
  %43 = fadd double %m, %42, !dbg !22
  %44 = fmul double %43, %43, !dbg !22
  %45 = fmul double %43, %44, !dbg !22
  %46 = fmul double %gNa, %45, !dbg !22
  ; models/hh.ts:49  return 0.07 * Math.exp(-(V + 65) / 20);
  %47 = fadd double %V, 6.500000e+01, !dbg !23
  %48 = fneg double %47, !dbg !23
  %49 = fdiv double %48, 2.000000e+01, !dbg !24
  %50 = call double @llvm.exp.f64(double %49), !dbg !24
  %51 = fmul double 7.000000e-02, %50, !dbg !24
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %52 = fsub double 1.000000e+00, %h, !dbg !20
  %53 = fmul double %51, %52, !dbg !20
  ; models/hh.ts:53  return 1 / (1 + Math.exp(-(V + 35) / 10));
  %54 = fadd double %V, 3.500000e+01, !dbg !25
  %55 = fneg double %54, !dbg !25
  %56 = fdiv double %55, 1.000000e+01, !dbg !26
  %57 = call double @llvm.exp.f64(double %56), !dbg !26
  %58 = fadd double 1.000000e+00, %57, !dbg !26
  %59 = fdiv double 1.000000e+00, %58, !dbg !26
  %60 = fmul double %59, %h, !dbg !26
  %61 = fsub double %53, %60, !dbg !26
  %62 = fmul double %u1, %61, !dbg !26
  %63 = fadd double %h, %62, !dbg !26
  %64 = fmul double %46, %63, !dbg !26
  ; models/hh.ts:104  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %65 = fmul double %u1, %17, !dbg !8
  %66 = fadd double %V, %65, !dbg !8
  %67 = fsub double %66, %ENa, !dbg !8
  %68 = fmul double %64, %67, !dbg !8
  %69 = fsub double %I, %68, !dbg !8
  ; models/hh.ts:57  return 0.1 / exprel(-(V + 55) / 10);
  %70 = fadd double %V, 5.500000e+01, !dbg !27
  %71 = fneg double %70, !dbg !27
  %72 = fdiv double %71, 1.000000e+01, !dbg !28
  %73 = call double @llvm.exp.f64(double %72), !dbg !28
  %74 = fsub double %73, 1.000000e+00, !dbg !28
  %75 = call double @llvm.log.f64(double %73), !dbg !28
  %76 = fdiv double %74, %75, !dbg !28
  %77 = fcmp oeq double %73, 1.000000e+00, !dbg !28
  %78 = select i1 %77, double 1.000000e+00, double %76, !dbg !28
  %79 = fcmp olt double %72, -3.600000e+01, !dbg !28
  %80 = fdiv double -1.000000e+00, %72, !dbg !28
  %81 = select i1 %79, double %80, double %78, !dbg !28
  %82 = fcmp oeq double %73, 0x7FF0000000000000, !dbg !28
  %83 = select i1 %82, double %73, double %81, !dbg !28
  %84 = fdiv double 1.000000e-01, %83, !dbg !28
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %85 = fsub double 1.000000e+00, %n, !dbg !20
  %86 = fmul double %84, %85, !dbg !20
  ; models/hh.ts:61  return 0.125 * Math.exp(-(V + 65) / 80);
  %87 = fadd double %V, 6.500000e+01, !dbg !29
  %88 = fneg double %87, !dbg !29
  %89 = fdiv double %88, 8.000000e+01, !dbg !30
  %90 = call double @llvm.exp.f64(double %89), !dbg !30
  %91 = fmul double 1.250000e-01, %90, !dbg !30
  %92 = fmul double %91, %n, !dbg !30
  %93 = fsub double %86, %92, !dbg !30
  %94 = fmul double %u1, %93, !dbg !30
  %95 = fadd double %n, %94, !dbg !30
  %96 = fmul double %95, %95, !dbg !30
  %97 = fmul double %96, %96, !dbg !30
  %98 = fmul double %gK, %97, !dbg !30
  ; models/hh.ts:93  const IK = this.gK * n ** 4 * (V - this.EK);
  %99 = fsub double %66, %EK, !dbg !31
  %100 = fmul double %98, %99, !dbg !31
  %101 = fsub double %69, %100, !dbg !31
  ; models/hh.ts:94  const IL = this.gL * (V - this.EL);
  %102 = fsub double %66, %EL, !dbg !32
  %103 = fmul double %gL, %102, !dbg !32
  %104 = fsub double %101, %103, !dbg !32
  %105 = fdiv double %104, %Cm, !dbg !32
  %106 = fmul double 2.000000e+00, %105, !dbg !32
  %107 = fadd double %17, %106, !dbg !32
  ; models/hh.ts:41  return 1 / exprel(-(V + 40) / 10);
  %108 = fadd double %66, 4.000000e+01, !dbg !33
  %109 = fneg double %108, !dbg !33
  %110 = fdiv double %109, 1.000000e+01, !dbg !33
  %111 = call double @llvm.exp.f64(double %110), !dbg !33
  %112 = fsub double %111, 1.000000e+00, !dbg !33
  %113 = call double @llvm.log.f64(double %111), !dbg !33
  %114 = fdiv double %112, %113, !dbg !33
  %115 = fcmp oeq double %111, 1.000000e+00, !dbg !33
  %116 = select i1 %115, double 1.000000e+00, double %114, !dbg !33
  %117 = fcmp olt double %110, -3.600000e+01, !dbg !33
  %118 = fdiv double -1.000000e+00, %110, !dbg !33
  %119 = select i1 %117, double %118, double %116, !dbg !33
  %120 = fcmp oeq double %111, 0x7FF0000000000000, !dbg !33
  %121 = select i1 %120, double %111, double %119, !dbg !33
  %122 = fdiv double 1.000000e+00, %121, !dbg !33
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %123 = fsub double 1.000000e+00, %43, !dbg !20
  %124 = fmul double %122, %123, !dbg !20
  ; models/hh.ts:45  return 4 * Math.exp(-(V + 65) / 18);
  %125 = fadd double %66, 6.500000e+01, !dbg !34
  %126 = fneg double %125, !dbg !34
  %127 = fdiv double %126, 1.800000e+01, !dbg !34
  %128 = call double @llvm.exp.f64(double %127), !dbg !34
  %129 = fmul double 4.000000e+00, %128, !dbg !34
  %130 = fmul double %129, %43, !dbg !34
  %131 = fsub double %124, %130, !dbg !34
  %132 = fmul double %u1, %131, !dbg !34
  %133 = fadd double %m, %132, !dbg !34
  %134 = fmul double %133, %133, !dbg !34
  %135 = fmul double %133, %134, !dbg !34
  %136 = fmul double %gNa, %135, !dbg !34
  ; models/hh.ts:49  return 0.07 * Math.exp(-(V + 65) / 20);
  %137 = fadd double %66, 6.500000e+01, !dbg !35
  %138 = fneg double %137, !dbg !35
  %139 = fdiv double %138, 2.000000e+01, !dbg !35
  %140 = call double @llvm.exp.f64(double %139), !dbg !35
  %141 = fmul double 7.000000e-02, %140, !dbg !35
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %142 = fsub double 1.000000e+00, %63, !dbg !20
  %143 = fmul double %141, %142, !dbg !20
  ; models/hh.ts:53  return 1 / (1 + Math.exp(-(V + 35) / 10));
  %144 = fadd double %66, 3.500000e+01, !dbg !36
  %145 = fneg double %144, !dbg !36
  %146 = fdiv double %145, 1.000000e+01, !dbg !36
  %147 = call double @llvm.exp.f64(double %146), !dbg !36
  %148 = fadd double 1.000000e+00, %147, !dbg !36
  %149 = fdiv double 1.000000e+00, %148, !dbg !36
  %150 = fmul double %149, %63, !dbg !36
  %151 = fsub double %143, %150, !dbg !36
  %152 = fmul double %u1, %151, !dbg !36
  %153 = fadd double %h, %152, !dbg !36
  %154 = fmul double %136, %153, !dbg !36
  ; models/hh.ts:104  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %155 = fmul double %u1, %105, !dbg !8
  %156 = fadd double %V, %155, !dbg !8
  %157 = fsub double %156, %ENa, !dbg !8
  %158 = fmul double %154, %157, !dbg !8
  %159 = fsub double %I, %158, !dbg !8
  ; models/hh.ts:57  return 0.1 / exprel(-(V + 55) / 10);
  %160 = fadd double %66, 5.500000e+01, !dbg !37
  %161 = fneg double %160, !dbg !37
  %162 = fdiv double %161, 1.000000e+01, !dbg !37
  %163 = call double @llvm.exp.f64(double %162), !dbg !37
  %164 = fsub double %163, 1.000000e+00, !dbg !37
  %165 = call double @llvm.log.f64(double %163), !dbg !37
  %166 = fdiv double %164, %165, !dbg !37
  %167 = fcmp oeq double %163, 1.000000e+00, !dbg !37
  %168 = select i1 %167, double 1.000000e+00, double %166, !dbg !37
  %169 = fcmp olt double %162, -3.600000e+01, !dbg !37
  %170 = fdiv double -1.000000e+00, %162, !dbg !37
  %171 = select i1 %169, double %170, double %168, !dbg !37
  %172 = fcmp oeq double %163, 0x7FF0000000000000, !dbg !37
  %173 = select i1 %172, double %163, double %171, !dbg !37
  %174 = fdiv double 1.000000e-01, %173, !dbg !37
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %175 = fsub double 1.000000e+00, %95, !dbg !20
  %176 = fmul double %174, %175, !dbg !20
  ; models/hh.ts:61  return 0.125 * Math.exp(-(V + 65) / 80);
  %177 = fadd double %66, 6.500000e+01, !dbg !38
  %178 = fneg double %177, !dbg !38
  %179 = fdiv double %178, 8.000000e+01, !dbg !38
  %180 = call double @llvm.exp.f64(double %179), !dbg !38
  %181 = fmul double 1.250000e-01, %180, !dbg !38
  %182 = fmul double %181, %95, !dbg !38
  %183 = fsub double %176, %182, !dbg !38
  %184 = fmul double %u1, %183, !dbg !38
  %185 = fadd double %n, %184, !dbg !38
  %186 = fmul double %185, %185, !dbg !38
  %187 = fmul double %186, %186, !dbg !38
  %188 = fmul double %gK, %187, !dbg !38
  ; models/hh.ts:93  const IK = this.gK * n ** 4 * (V - this.EK);
  %189 = fsub double %156, %EK, !dbg !31
  %190 = fmul double %188, %189, !dbg !31
  %191 = fsub double %159, %190, !dbg !31
  ; models/hh.ts:94  const IL = this.gL * (V - this.EL);
  %192 = fsub double %156, %EL, !dbg !32
  %193 = fmul double %gL, %192, !dbg !32
  %194 = fsub double %191, %193, !dbg !32
  %195 = fdiv double %194, %Cm, !dbg !32
  %196 = fmul double 2.000000e+00, %195, !dbg !32
  %197 = fadd double %107, %196, !dbg !32
  ; models/hh.ts:41  return 1 / exprel(-(V + 40) / 10);
  %198 = fadd double %156, 4.000000e+01, !dbg !33
  %199 = fneg double %198, !dbg !33
  %200 = fdiv double %199, 1.000000e+01, !dbg !33
  %201 = call double @llvm.exp.f64(double %200), !dbg !33
  %202 = fsub double %201, 1.000000e+00, !dbg !33
  %203 = call double @llvm.log.f64(double %201), !dbg !33
  %204 = fdiv double %202, %203, !dbg !33
  %205 = fcmp oeq double %201, 1.000000e+00, !dbg !33
  %206 = select i1 %205, double 1.000000e+00, double %204, !dbg !33
  %207 = fcmp olt double %200, -3.600000e+01, !dbg !33
  %208 = fdiv double -1.000000e+00, %200, !dbg !33
  %209 = select i1 %207, double %208, double %206, !dbg !33
  %210 = fcmp oeq double %201, 0x7FF0000000000000, !dbg !33
  %211 = select i1 %210, double %201, double %209, !dbg !33
  %212 = fdiv double 1.000000e+00, %211, !dbg !33
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %213 = fsub double 1.000000e+00, %133, !dbg !20
  %214 = fmul double %212, %213, !dbg !20
  ; models/hh.ts:45  return 4 * Math.exp(-(V + 65) / 18);
  %215 = fadd double %156, 6.500000e+01, !dbg !34
  %216 = fneg double %215, !dbg !34
  %217 = fdiv double %216, 1.800000e+01, !dbg !34
  %218 = call double @llvm.exp.f64(double %217), !dbg !34
  %219 = fmul double 4.000000e+00, %218, !dbg !34
  %220 = fmul double %219, %133, !dbg !34
  %221 = fsub double %214, %220, !dbg !34
  %222 = fmul double %dt, %221, !dbg !34
  %223 = fadd double %m, %222, !dbg !34
  %224 = fmul double %223, %223, !dbg !34
  %225 = fmul double %223, %224, !dbg !34
  %226 = fmul double %gNa, %225, !dbg !34
  ; models/hh.ts:49  return 0.07 * Math.exp(-(V + 65) / 20);
  %227 = fadd double %156, 6.500000e+01, !dbg !35
  %228 = fneg double %227, !dbg !35
  %229 = fdiv double %228, 2.000000e+01, !dbg !35
  %230 = call double @llvm.exp.f64(double %229), !dbg !35
  %231 = fmul double 7.000000e-02, %230, !dbg !35
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %232 = fsub double 1.000000e+00, %153, !dbg !20
  %233 = fmul double %231, %232, !dbg !20
  ; models/hh.ts:53  return 1 / (1 + Math.exp(-(V + 35) / 10));
  %234 = fadd double %156, 3.500000e+01, !dbg !36
  %235 = fneg double %234, !dbg !36
  %236 = fdiv double %235, 1.000000e+01, !dbg !36
  %237 = call double @llvm.exp.f64(double %236), !dbg !36
  %238 = fadd double 1.000000e+00, %237, !dbg !36
  %239 = fdiv double 1.000000e+00, %238, !dbg !36
  %240 = fmul double %239, %153, !dbg !36
  %241 = fsub double %233, %240, !dbg !36
  %242 = fmul double %dt, %241, !dbg !36
  %243 = fadd double %h, %242, !dbg !36
  %244 = fmul double %226, %243, !dbg !36
  ; models/hh.ts:104  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %245 = fmul double %dt, %195, !dbg !8
  %246 = fadd double %V, %245, !dbg !8
  %247 = fsub double %246, %ENa, !dbg !8
  %248 = fmul double %244, %247, !dbg !8
  %249 = fsub double %I, %248, !dbg !8
  ; models/hh.ts:57  return 0.1 / exprel(-(V + 55) / 10);
  %250 = fadd double %156, 5.500000e+01, !dbg !37
  %251 = fneg double %250, !dbg !37
  %252 = fdiv double %251, 1.000000e+01, !dbg !37
  %253 = call double @llvm.exp.f64(double %252), !dbg !37
  %254 = fsub double %253, 1.000000e+00, !dbg !37
  %255 = call double @llvm.log.f64(double %253), !dbg !37
  %256 = fdiv double %254, %255, !dbg !37
  %257 = fcmp oeq double %253, 1.000000e+00, !dbg !37
  %258 = select i1 %257, double 1.000000e+00, double %256, !dbg !37
  %259 = fcmp olt double %252, -3.600000e+01, !dbg !37
  %260 = fdiv double -1.000000e+00, %252, !dbg !37
  %261 = select i1 %259, double %260, double %258, !dbg !37
  %262 = fcmp oeq double %253, 0x7FF0000000000000, !dbg !37
  %263 = select i1 %262, double %253, double %261, !dbg !37
  %264 = fdiv double 1.000000e-01, %263, !dbg !37
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %265 = fsub double 1.000000e+00, %185, !dbg !20
  %266 = fmul double %264, %265, !dbg !20
  ; models/hh.ts:61  return 0.125 * Math.exp(-(V + 65) / 80);
  %267 = fadd double %156, 6.500000e+01, !dbg !38
  %268 = fneg double %267, !dbg !38
  %269 = fdiv double %268, 8.000000e+01, !dbg !38
  %270 = call double @llvm.exp.f64(double %269), !dbg !38
  %271 = fmul double 1.250000e-01, %270, !dbg !38
  %272 = fmul double %271, %185, !dbg !38
  %273 = fsub double %266, %272, !dbg !38
  %274 = fmul double %dt, %273, !dbg !38
  %275 = fadd double %n, %274, !dbg !38
  %276 = fmul double %275, %275, !dbg !38
  %277 = fmul double %276, %276, !dbg !38
  %278 = fmul double %gK, %277, !dbg !38
  ; models/hh.ts:93  const IK = this.gK * n ** 4 * (V - this.EK);
  %279 = fsub double %246, %EK, !dbg !31
  %280 = fmul double %278, %279, !dbg !31
  %281 = fsub double %249, %280, !dbg !31
  ; models/hh.ts:94  const IL = this.gL * (V - this.EL);
  %282 = fsub double %246, %EL, !dbg !32
  %283 = fmul double %gL, %282, !dbg !32
  %284 = fsub double %281, %283, !dbg !32
  %285 = fdiv double %284, %Cm, !dbg !32
  %286 = fadd double %197, %285, !dbg !32
  %287 = fmul double %u0, %286, !dbg !32
  %288 = fadd double %V, %287, !dbg !32
  ; models/hh.ts:106  if (this.V > this.V_th && this.armed > 0.5) {
  %289 = fcmp ogt double %288, %V_th, !dbg !39
  ; models/hh.ts:103  if (!(this.V > this.V_th)) this.armed = 1;
  %290 = fcmp ogt double %V, %V_th, !dbg !40
  %291 = xor i1 %290, true, !dbg !40
  ; models/hh.ts:87  @state armed = 1;
  %armed.addr = getelementptr inbounds double, double* %armed.ptr, i64 %i, !dbg !41
  %armed = load double, double* %armed.addr, align 8, !dbg !41
  %292 = select i1 %291, double 1.000000e+00, double %armed, !dbg !41
  ; models/hh.ts:106  if (this.V > this.V_th && this.armed > 0.5) {
  %293 = fcmp ogt double %292, 5.000000e-01, !dbg !42
  %294 = and i1 %289, %293, !dbg !42
  ; models/hh.ts:107  this.armed = 0;
  %armed.next = select i1 %294, double 0.000000e+00, double %292, !dbg !43
  ; models/hh.ts:104  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %295 = fmul double 2.000000e+00, %131, !dbg !8
  %296 = fadd double %41, %295, !dbg !8
  %297 = fmul double 2.000000e+00, %221, !dbg !8
  %298 = fadd double %296, %297, !dbg !8
  ; models/hh.ts:41  return 1 / exprel(-(V + 40) / 10);
  %299 = fadd double %246, 4.000000e+01, !dbg !33
  %300 = fneg double %299, !dbg !33
  %301 = fdiv double %300, 1.000000e+01, !dbg !33
  %302 = call double @llvm.exp.f64(double %301), !dbg !33
  %303 = fsub double %302, 1.000000e+00, !dbg !33
  %304 = call double @llvm.log.f64(double %302), !dbg !33
  %305 = fdiv double %303, %304, !dbg !33
  %306 = fcmp oeq double %302, 1.000000e+00, !dbg !33
  %307 = select i1 %306, double 1.000000e+00, double %305, !dbg !33
  %308 = fcmp olt double %301, -3.600000e+01, !dbg !33
  %309 = fdiv double -1.000000e+00, %301, !dbg !33
  %310 = select i1 %308, double %309, double %307, !dbg !33
  %311 = fcmp oeq double %302, 0x7FF0000000000000, !dbg !33
  %312 = select i1 %311, double %302, double %310, !dbg !33
  %313 = fdiv double 1.000000e+00, %312, !dbg !33
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %314 = fsub double 1.000000e+00, %223, !dbg !20
  %315 = fmul double %313, %314, !dbg !20
  ; models/hh.ts:45  return 4 * Math.exp(-(V + 65) / 18);
  %316 = fadd double %246, 6.500000e+01, !dbg !34
  %317 = fneg double %316, !dbg !34
  %318 = fdiv double %317, 1.800000e+01, !dbg !34
  %319 = call double @llvm.exp.f64(double %318), !dbg !34
  %320 = fmul double 4.000000e+00, %319, !dbg !34
  %321 = fmul double %320, %223, !dbg !34
  %322 = fsub double %315, %321, !dbg !34
  %323 = fadd double %298, %322, !dbg !34
  %324 = fmul double %u0, %323, !dbg !34
  %m.next = fadd double %m, %324, !dbg !34
  ; models/hh.ts:104  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %325 = fmul double 2.000000e+00, %151, !dbg !8
  %326 = fadd double %61, %325, !dbg !8
  %327 = fmul double 2.000000e+00, %241, !dbg !8
  %328 = fadd double %326, %327, !dbg !8
  ; models/hh.ts:49  return 0.07 * Math.exp(-(V + 65) / 20);
  %329 = fadd double %246, 6.500000e+01, !dbg !35
  %330 = fneg double %329, !dbg !35
  %331 = fdiv double %330, 2.000000e+01, !dbg !35
  %332 = call double @llvm.exp.f64(double %331), !dbg !35
  %333 = fmul double 7.000000e-02, %332, !dbg !35
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %334 = fsub double 1.000000e+00, %243, !dbg !20
  %335 = fmul double %333, %334, !dbg !20
  ; models/hh.ts:53  return 1 / (1 + Math.exp(-(V + 35) / 10));
  %336 = fadd double %246, 3.500000e+01, !dbg !36
  %337 = fneg double %336, !dbg !36
  %338 = fdiv double %337, 1.000000e+01, !dbg !36
  %339 = call double @llvm.exp.f64(double %338), !dbg !36
  %340 = fadd double 1.000000e+00, %339, !dbg !36
  %341 = fdiv double 1.000000e+00, %340, !dbg !36
  %342 = fmul double %341, %243, !dbg !36
  %343 = fsub double %335, %342, !dbg !36
  %344 = fadd double %328, %343, !dbg !36
  %345 = fmul double %u0, %344, !dbg !36
  %h.next = fadd double %h, %345, !dbg !36
  ; models/hh.ts:104  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %346 = fmul double 2.000000e+00, %183, !dbg !8
  %347 = fadd double %93, %346, !dbg !8
  %348 = fmul double 2.000000e+00, %273, !dbg !8
  %349 = fadd double %347, %348, !dbg !8
  ; models/hh.ts:57  return 0.1 / exprel(-(V + 55) / 10);
  %350 = fadd double %246, 5.500000e+01, !dbg !37
  %351 = fneg double %350, !dbg !37
  %352 = fdiv double %351, 1.000000e+01, !dbg !37
  %353 = call double @llvm.exp.f64(double %352), !dbg !37
  %354 = fsub double %353, 1.000000e+00, !dbg !37
  %355 = call double @llvm.log.f64(double %353), !dbg !37
  %356 = fdiv double %354, %355, !dbg !37
  %357 = fcmp oeq double %353, 1.000000e+00, !dbg !37
  %358 = select i1 %357, double 1.000000e+00, double %356, !dbg !37
  %359 = fcmp olt double %352, -3.600000e+01, !dbg !37
  %360 = fdiv double -1.000000e+00, %352, !dbg !37
  %361 = select i1 %359, double %360, double %358, !dbg !37
  %362 = fcmp oeq double %353, 0x7FF0000000000000, !dbg !37
  %363 = select i1 %362, double %353, double %361, !dbg !37
  %364 = fdiv double 1.000000e-01, %363, !dbg !37
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %365 = fsub double 1.000000e+00, %275, !dbg !20
  %366 = fmul double %364, %365, !dbg !20
  ; models/hh.ts:61  return 0.125 * Math.exp(-(V + 65) / 80);
  %367 = fadd double %246, 6.500000e+01, !dbg !38
  %368 = fneg double %367, !dbg !38
  %369 = fdiv double %368, 8.000000e+01, !dbg !38
  %370 = call double @llvm.exp.f64(double %369), !dbg !38
  %371 = fmul double 1.250000e-01, %370, !dbg !38
  %372 = fmul double %371, %275, !dbg !38
  %373 = fsub double %366, %372, !dbg !38
  %374 = fadd double %349, %373, !dbg !38
  %375 = fmul double %u0, %374, !dbg !38
  %n.next = fadd double %n, %375, !dbg !38
  ; models/hh.ts:107  this.armed = 0;
  %armed.addr1 = getelementptr inbounds double, double* %armed.ptr, i64 %i, !dbg !44
  store double %armed.next, double* %armed.addr1, align 8, !dbg !44
  %376 = fsub double %armed.next, %armed.next, !dbg !44
  %377 = bitcast double %376 to i64, !dbg !44
  %armed.bad = or i64 0, %377, !dbg !44
  ; models/hh.ts:104  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %V.addr2 = getelementptr inbounds double, double* %V.ptr, i64 %i, !dbg !45
  store double %288, double* %V.addr2, align 8, !dbg !45
  %378 = fsub double %288, %288, !dbg !45
  %379 = bitcast double %378 to i64, !dbg !45
  %V.bad = or i64 %armed.bad, %379, !dbg !45
  %m.addr3 = getelementptr inbounds double, double* %m.ptr, i64 %i, !dbg !45
  store double %m.next, double* %m.addr3, align 8, !dbg !45
  %380 = fsub double %m.next, %m.next, !dbg !45
  %381 = bitcast double %380 to i64, !dbg !45
  %m.bad = or i64 %V.bad, %381, !dbg !45
  %h.addr4 = getelementptr inbounds double, double* %h.ptr, i64 %i, !dbg !45
  store double %h.next, double* %h.addr4, align 8, !dbg !45
  %382 = fsub double %h.next, %h.next, !dbg !45
  %383 = bitcast double %382 to i64, !dbg !45
  %h.bad = or i64 %m.bad, %383, !dbg !45
  %n.addr5 = getelementptr inbounds double, double* %n.ptr, i64 %i, !dbg !45
  store double %n.next, double* %n.addr5, align 8, !dbg !45
  %384 = fsub double %n.next, %n.next, !dbg !45
  %385 = bitcast double %384 to i64, !dbg !45
  %n.bad = or i64 %h.bad, %385, !dbg !45
  ; models/hh.ts:88  @current I = 0; // uA/cm2
  %I.addr6 = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !46
  store double 0.000000e+00, double* %I.addr6, align 8, !dbg !46
  ; models/hh.ts:101  update(t: number, dt: number) {
  %spiked.byte = zext i1 %294 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i64 %bad, %n.bad, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %386 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %386, label %neuron, label %done, !dbg !7

done:                                             ; preds = %neuron, %entry
  %bad.bits = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !7
  %387 = icmp ne i64 %bad.bits, 0, !dbg !7
  %result = zext i1 %387 to i32, !dbg !7
  ret i32 %result, !dbg !7
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.exp.f64(double) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.log.f64(double) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "hh.ts", directory: "models")
!4 = distinct !DISubprogram(name: "HodgkinHuxley.update", linkageName: "HodgkinHuxley_update", scope: !3, file: !3, line: 101, type: !5, scopeLine: 101, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 101, column: 3, scope: !4)
!8 = !DILocation(line: 104, column: 40, scope: !4)
!9 = !DILocation(line: 104, column: 54, scope: !4)
!10 = !DILocation(line: 104, column: 86, scope: !4)
!11 = !DILocation(line: 104, column: 62, scope: !4)
!12 = !DILocation(line: 104, column: 70, scope: !4)
!13 = !DILocation(line: 92, column: 46, scope: !4)
!14 = !DILocation(line: 104, column: 78, scope: !4)
!15 = !DILocation(line: 93, column: 40, scope: !4)
!16 = !DILocation(line: 94, column: 31, scope: !4)
!17 = !DILocation(line: 95, column: 35, scope: !4)
!18 = !DILocation(line: 41, column: 27, scope: !4)
!19 = !DILocation(line: 41, column: 33, scope: !4)
!20 = !DILocation(line: 66, column: 19, scope: !4)
!21 = !DILocation(line: 45, column: 29, scope: !4)
!22 = !DILocation(line: 45, column: 35, scope: !4)
!23 = !DILocation(line: 49, column: 32, scope: !4)
!24 = !DILocation(line: 49, column: 38, scope: !4)
!25 = !DILocation(line: 53, column: 34, scope: !4)
!26 = !DILocation(line: 53, column: 40, scope: !4)
!27 = !DILocation(line: 57, column: 29, scope: !4)
!28 = !DILocation(line: 57, column: 35, scope: !4)
!29 = !DILocation(line: 61, column: 33, scope: !4)
!30 = !DILocation(line: 61, column: 39, scope: !4)
!31 = !DILocation(line: 93, column: 36, scope: !4)
!32 = !DILocation(line: 94, column: 27, scope: !4)
!33 = !DILocation(line: 41, column: 23, scope: !4)
!34 = !DILocation(line: 45, column: 25, scope: !4)
!35 = !DILocation(line: 49, column: 28, scope: !4)
!36 = !DILocation(line: 53, column: 30, scope: !4)
!37 = !DILocation(line: 57, column: 25, scope: !4)
!38 = !DILocation(line: 61, column: 29, scope: !4)
!39 = !DILocation(line: 106, column: 18, scope: !4)
!40 = !DILocation(line: 103, column: 20, scope: !4)
!41 = !DILocation(line: 87, column: 3, scope: !4)
!42 = !DILocation(line: 106, column: 44, scope: !4)
!43 = !DILocation(line: 107, column: 20, scope: !4)
!44 = !DILocation(line: 107, column: 7, scope: !4)
!45 = !DILocation(line: 104, column: 5, scope: !4)
!46 = !DILocation(line: 88, column: 3, scope: !4)
; braints-hash: 461b88bc931362874f51bf3f1cb0f51c9fead8b54a7b8ee7cad29b2352807a0b
