; BrainTS kernel for neuron model IafPscExp (models/iaf-psc-exp.ts:18), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): V, I_ex, I_in, refractory.
; Group-uniform parameters (params): C_m, tau_m, tau_syn_ex, tau_syn_in, t_ref, E_L, V_reset, V_th, I_e.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'IafPscExp.cpu'
source_filename = "models/iaf-psc-exp.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @IafPscExp_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/iaf-psc-exp.ts:49  update(t: number, dt: number) {
  %V.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !7
  %V.ptr = load double*, double** %V.slot, align 8, !dbg !7
  %I_ex.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !7
  %I_ex.ptr = load double*, double** %I_ex.slot, align 8, !dbg !7
  %I_in.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !7
  %I_in.ptr = load double*, double** %I_in.slot, align 8, !dbg !7
  %refractory.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !7
  %refractory.ptr = load double*, double** %refractory.slot, align 8, !dbg !7
  %C_m.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !7
  %C_m = load double, double* %C_m.slot, align 8, !dbg !7
  %tau_m.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !7
  %tau_m = load double, double* %tau_m.slot, align 8, !dbg !7
  %tau_syn_ex.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !7
  %tau_syn_ex = load double, double* %tau_syn_ex.slot, align 8, !dbg !7
  %tau_syn_in.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !7
  %tau_syn_in = load double, double* %tau_syn_in.slot, align 8, !dbg !7
  %t_ref.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !7
  %t_ref = load double, double* %t_ref.slot, align 8, !dbg !7
  %E_L.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !7
  %E_L = load double, double* %E_L.slot, align 8, !dbg !7
  %V_reset.slot = getelementptr inbounds double, double* %params, i64 6, !dbg !7
  %V_reset = load double, double* %V_reset.slot, align 8, !dbg !7
  %V_th.slot = getelementptr inbounds double, double* %params, i64 7, !dbg !7
  %V_th = load double, double* %V_th.slot, align 8, !dbg !7
  %I_e.slot = getelementptr inbounds double, double* %params, i64 8, !dbg !7
  %I_e = load double, double* %I_e.slot, align 8, !dbg !7
  %0 = fneg double %dt, !dbg !8
  ; models/iaf-psc-exp.ts:51  const P22 = Math.exp(-dt / this.tau_m);
  %1 = fdiv double %0, %tau_m, !dbg !9
  %u0 = call double @llvm.exp.f64(double %1), !dbg !9
  ; models/iaf-psc-exp.ts:46  return tau_syn === this.tau_m || unstable ? singular : regular;
  %2 = fcmp oeq double %tau_syn_ex, %tau_m, !dbg !10
  ; models/iaf-psc-exp.ts:45  const unstable = Math.abs(this.tau_m - tau_syn) < 0.1 && Math.abs(regular - singular) > 2 * Math.abs(linear);
  %3 = fsub double %tau_m, %tau_syn_ex, !dbg !11
  %4 = call double @llvm.fabs.f64(double %3), !dbg !11
  %5 = fcmp olt double %4, 1.000000e-01, !dbg !12
  ; models/iaf-psc-exp.ts:41  const beta = (tau_syn * this.tau_m) / (this.tau_m - tau_syn);
  %6 = fmul double %tau_syn_ex, %tau_m, !dbg !13
  %7 = fsub double %tau_m, %tau_syn_ex, !dbg !14
  %8 = fdiv double %6, %7, !dbg !14
  ; models/iaf-psc-exp.ts:42  const regular = (beta / this.C_m) * Math.exp(-dt / tau_syn) * Math.expm1(dt / beta);
  %9 = fdiv double %8, %C_m, !dbg !15
  %10 = fneg double %dt, !dbg !16
  %11 = fdiv double %10, %tau_syn_ex, !dbg !16
  %12 = call double @llvm.exp.f64(double %11), !dbg !16
  %13 = fmul double %9, %12, !dbg !16
  %14 = fdiv double %dt, %8, !dbg !17
  %15 = call double @expm1(double %14), !dbg !17
  %16 = fmul double %13, %15, !dbg !17
  ; models/iaf-psc-exp.ts:43  const singular = (dt / this.C_m) * Math.exp(-dt / this.tau_m);
  %17 = fdiv double %dt, %C_m, !dbg !18
  %18 = fneg double %dt, !dbg !19
  %19 = fdiv double %18, %tau_m, !dbg !20
  %20 = call double @llvm.exp.f64(double %19), !dbg !20
  %21 = fmul double %17, %20, !dbg !20
  %22 = fsub double %16, %21, !dbg !20
  %23 = call double @llvm.fabs.f64(double %22), !dbg !20
  ; models/iaf-psc-exp.ts:44  const linear = (dt * dt * (tau_syn - this.tau_m) * Math.exp(-dt / this.tau_m)) / (2 * this.C_m * this.tau_m * this.tau_m);
  %24 = fmul double %dt, %dt, !dbg !21
  %25 = fsub double %tau_syn_ex, %tau_m, !dbg !22
  %26 = fmul double %24, %25, !dbg !22
  %27 = fneg double %dt, !dbg !23
  %28 = fdiv double %27, %tau_m, !dbg !24
  %29 = call double @llvm.exp.f64(double %28), !dbg !24
  %30 = fmul double %26, %29, !dbg !24
  %31 = fmul double 2.000000e+00, %C_m, !dbg !25
  %32 = fmul double %31, %tau_m, !dbg !26
  %33 = fmul double %32, %tau_m, !dbg !27
  %34 = fdiv double %30, %33, !dbg !27
  %35 = call double @llvm.fabs.f64(double %34), !dbg !27
  %36 = fmul double 2.000000e+00, %35, !dbg !27
  %37 = fcmp ogt double %23, %36, !dbg !27
  %38 = and i1 %5, %37, !dbg !27
  %39 = or i1 %2, %38, !dbg !27
  %u1 = select i1 %39, double %21, double %16, !dbg !27
  ; models/iaf-psc-exp.ts:46  return tau_syn === this.tau_m || unstable ? singular : regular;
  %40 = fcmp oeq double %tau_syn_in, %tau_m, !dbg !10
  ; models/iaf-psc-exp.ts:45  const unstable = Math.abs(this.tau_m - tau_syn) < 0.1 && Math.abs(regular - singular) > 2 * Math.abs(linear);
  %41 = fsub double %tau_m, %tau_syn_in, !dbg !11
  %42 = call double @llvm.fabs.f64(double %41), !dbg !11
  %43 = fcmp olt double %42, 1.000000e-01, !dbg !12
  ; models/iaf-psc-exp.ts:41  const beta = (tau_syn * this.tau_m) / (this.tau_m - tau_syn);
  %44 = fmul double %tau_syn_in, %tau_m, !dbg !13
  %45 = fsub double %tau_m, %tau_syn_in, !dbg !14
  %46 = fdiv double %44, %45, !dbg !14
  ; models/iaf-psc-exp.ts:42  const regular = (beta / this.C_m) * Math.exp(-dt / tau_syn) * Math.expm1(dt / beta);
  %47 = fdiv double %46, %C_m, !dbg !15
  %48 = fneg double %dt, !dbg !16
  %49 = fdiv double %48, %tau_syn_in, !dbg !16
  %50 = call double @llvm.exp.f64(double %49), !dbg !16
  %51 = fmul double %47, %50, !dbg !16
  %52 = fdiv double %dt, %46, !dbg !17
  %53 = call double @expm1(double %52), !dbg !17
  %54 = fmul double %51, %53, !dbg !17
  ; models/iaf-psc-exp.ts:43  const singular = (dt / this.C_m) * Math.exp(-dt / this.tau_m);
  %55 = fdiv double %dt, %C_m, !dbg !18
  %56 = fneg double %dt, !dbg !19
  %57 = fdiv double %56, %tau_m, !dbg !20
  %58 = call double @llvm.exp.f64(double %57), !dbg !20
  %59 = fmul double %55, %58, !dbg !20
  %60 = fsub double %54, %59, !dbg !20
  %61 = call double @llvm.fabs.f64(double %60), !dbg !20
  ; models/iaf-psc-exp.ts:44  const linear = (dt * dt * (tau_syn - this.tau_m) * Math.exp(-dt / this.tau_m)) / (2 * this.C_m * this.tau_m * this.tau_m);
  %62 = fmul double %dt, %dt, !dbg !21
  %63 = fsub double %tau_syn_in, %tau_m, !dbg !22
  %64 = fmul double %62, %63, !dbg !22
  %65 = fneg double %dt, !dbg !23
  %66 = fdiv double %65, %tau_m, !dbg !24
  %67 = call double @llvm.exp.f64(double %66), !dbg !24
  %68 = fmul double %64, %67, !dbg !24
  %69 = fmul double 2.000000e+00, %C_m, !dbg !25
  %70 = fmul double %69, %tau_m, !dbg !26
  %71 = fmul double %70, %tau_m, !dbg !27
  %72 = fdiv double %68, %71, !dbg !27
  %73 = call double @llvm.fabs.f64(double %72), !dbg !27
  %74 = fmul double 2.000000e+00, %73, !dbg !27
  %75 = fcmp ogt double %61, %74, !dbg !27
  %76 = and i1 %43, %75, !dbg !27
  %77 = or i1 %40, %76, !dbg !27
  %u2 = select i1 %77, double %59, double %54, !dbg !27
  ; models/iaf-psc-exp.ts:52  const P20 = (-this.tau_m / this.C_m) * Math.expm1(-dt / this.tau_m);
  %78 = fneg double %tau_m, !dbg !28
  %79 = fdiv double %78, %C_m, !dbg !29
  %80 = fneg double %dt, !dbg !30
  %81 = fdiv double %80, %tau_m, !dbg !31
  %82 = call double @expm1(double %81), !dbg !31
  %83 = fmul double %79, %82, !dbg !31
  ; models/iaf-psc-exp.ts:56  this.V = this.E_L + P22 * (this.V - this.E_L) + P21ex * this.I_ex + P21in * this.I_in + P20 * this.I_e;
  %u3 = fmul double %83, %I_e, !dbg !32
  ; models/iaf-psc-exp.ts:64  this.refractory = Math.round(this.t_ref / dt);
  %84 = fdiv double %t_ref, %dt, !dbg !33
  %85 = call double @llvm.floor.f64(double %84), !dbg !33
  %86 = fsub double %84, %85, !dbg !33
  %87 = fcmp oge double %86, 5.000000e-01, !dbg !33
  %88 = fadd double %85, 1.000000e+00, !dbg !33
  %u4 = select i1 %87, double %88, double %85, !dbg !33
  ; models/iaf-psc-exp.ts:60  this.I_ex *= Math.exp(-dt / this.tau_syn_ex);
  %89 = fneg double %dt, !dbg !34
  %90 = fdiv double %89, %tau_syn_ex, !dbg !35
  %u5 = call double @llvm.exp.f64(double %90), !dbg !35
  ; models/iaf-psc-exp.ts:61  this.I_in *= Math.exp(-dt / this.tau_syn_in);
  %91 = fneg double %dt, !dbg !36
  %92 = fdiv double %91, %tau_syn_in, !dbg !37
  %u6 = call double @llvm.exp.f64(double %92), !dbg !37
  %93 = icmp slt i64 %begin, %end, !dbg !37
  br i1 %93, label %neuron, label %done, !dbg !37

neuron:                                           ; preds = %neuron, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %neuron ], !dbg !37
  %bad = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !37
  ; models/iaf-psc-exp.ts:55  if (this.refractory <= 0) {
  %refractory.addr = getelementptr inbounds double, double* %refractory.ptr, i64 %i, !dbg !38
  %refractory = load double, double* %refractory.addr, align 8, !dbg !38
  %94 = fcmp ole double %refractory, 0.000000e+00, !dbg !39
  ; models/iaf-psc-exp.ts:56  this.V = this.E_L + P22 * (this.V - this.E_L) + P21ex * this.I_ex + P21in * this.I_in + P20 * this.I_e;
  %V.addr = getelementptr inbounds double, double* %V.ptr, i64 %i, !dbg !40
  %V = load double, double* %V.addr, align 8, !dbg !40
  %95 = fsub double %V, %E_L, !dbg !41
  %96 = fmul double %u0, %95, !dbg !41
  %97 = fadd double %E_L, %96, !dbg !41
  %I_ex.addr = getelementptr inbounds double, double* %I_ex.ptr, i64 %i, !dbg !42
  %I_ex = load double, double* %I_ex.addr, align 8, !dbg !42
  %98 = fmul double %u1, %I_ex, !dbg !42
  %99 = fadd double %97, %98, !dbg !42
  %I_in.addr = getelementptr inbounds double, double* %I_in.ptr, i64 %i, !dbg !43
  %I_in = load double, double* %I_in.addr, align 8, !dbg !43
  %100 = fmul double %u2, %I_in, !dbg !43
  %101 = fadd double %99, %100, !dbg !43
  %102 = fadd double %101, %u3, !dbg !44
  ; models/iaf-psc-exp.ts:29  @state V = -70; // mV
  %103 = select i1 %94, double %102, double %V, !dbg !45
  ; models/iaf-psc-exp.ts:62  if (this.V >= this.V_th) {
  %104 = fcmp oge double %103, %V_th, !dbg !46
  ; models/iaf-psc-exp.ts:63  this.V = this.V_reset;
  %V.next = select i1 %104, double %V_reset, double %103, !dbg !47
  ; models/iaf-psc-exp.ts:58  this.refractory -= 1;
  %105 = fsub double %refractory, 1.000000e+00, !dbg !48
  %106 = select i1 %94, double %refractory, double %105, !dbg !48
  %refractory.next = select i1 %104, double %u4, double %106, !dbg !48
  ; models/iaf-psc-exp.ts:60  this.I_ex *= Math.exp(-dt / this.tau_syn_ex);
  %I_ex.next = fmul double %I_ex, %u5, !dbg !49
  ; models/iaf-psc-exp.ts:61  this.I_in *= Math.exp(-dt / this.tau_syn_in);
  %I_in.next = fmul double %I_in, %u6, !dbg !50
  ; models/iaf-psc-exp.ts:63  this.V = this.V_reset;
  %V.addr1 = getelementptr inbounds double, double* %V.ptr, i64 %i, !dbg !51
  store double %V.next, double* %V.addr1, align 8, !dbg !51
  %107 = fsub double %V.next, %V.next, !dbg !51
  %108 = bitcast double %107 to i64, !dbg !51
  %V.bad = or i64 0, %108, !dbg !51
  ; models/iaf-psc-exp.ts:64  this.refractory = Math.round(this.t_ref / dt);
  %refractory.addr2 = getelementptr inbounds double, double* %refractory.ptr, i64 %i, !dbg !52
  store double %refractory.next, double* %refractory.addr2, align 8, !dbg !52
  %109 = fsub double %refractory.next, %refractory.next, !dbg !52
  %110 = bitcast double %109 to i64, !dbg !52
  %refractory.bad = or i64 %V.bad, %110, !dbg !52
  ; models/iaf-psc-exp.ts:60  this.I_ex *= Math.exp(-dt / this.tau_syn_ex);
  %I_ex.addr3 = getelementptr inbounds double, double* %I_ex.ptr, i64 %i, !dbg !53
  store double %I_ex.next, double* %I_ex.addr3, align 8, !dbg !53
  %111 = fsub double %I_ex.next, %I_ex.next, !dbg !53
  %112 = bitcast double %111 to i64, !dbg !53
  %I_ex.bad = or i64 %refractory.bad, %112, !dbg !53
  ; models/iaf-psc-exp.ts:61  this.I_in *= Math.exp(-dt / this.tau_syn_in);
  %I_in.addr4 = getelementptr inbounds double, double* %I_in.ptr, i64 %i, !dbg !54
  store double %I_in.next, double* %I_in.addr4, align 8, !dbg !54
  %113 = fsub double %I_in.next, %I_in.next, !dbg !54
  %114 = bitcast double %113 to i64, !dbg !54
  %I_in.bad = or i64 %I_ex.bad, %114, !dbg !54
  ; models/iaf-psc-exp.ts:49  update(t: number, dt: number) {
  %spiked.byte = zext i1 %104 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i64 %bad, %I_in.bad, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %115 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %115, label %neuron, label %done, !dbg !7

done:                                             ; preds = %neuron, %entry
  %bad.bits = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !7
  %116 = icmp ne i64 %bad.bits, 0, !dbg !7
  %result = zext i1 %116 to i32, !dbg !7
  ret i32 %result, !dbg !7
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.exp.f64(double) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.fabs.f64(double) #1

declare double @expm1(double)

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.floor.f64(double) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "iaf-psc-exp.ts", directory: "models")
!4 = distinct !DISubprogram(name: "IafPscExp.update", linkageName: "IafPscExp_update", scope: !3, file: !3, line: 49, type: !5, scopeLine: 49, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 49, column: 3, scope: !4)
!8 = !DILocation(line: 49, column: 21, scope: !4)
!9 = !DILocation(line: 51, column: 32, scope: !4)
!10 = !DILocation(line: 46, column: 24, scope: !4)
!11 = !DILocation(line: 45, column: 31, scope: !4)
!12 = !DILocation(line: 45, column: 55, scope: !4)
!13 = !DILocation(line: 41, column: 29, scope: !4)
!14 = !DILocation(line: 41, column: 44, scope: !4)
!15 = !DILocation(line: 42, column: 29, scope: !4)
!16 = !DILocation(line: 42, column: 50, scope: !4)
!17 = !DILocation(line: 42, column: 78, scope: !4)
!18 = !DILocation(line: 43, column: 28, scope: !4)
!19 = !DILocation(line: 43, column: 49, scope: !4)
!20 = !DILocation(line: 43, column: 55, scope: !4)
!21 = !DILocation(line: 44, column: 21, scope: !4)
!22 = !DILocation(line: 44, column: 42, scope: !4)
!23 = !DILocation(line: 44, column: 65, scope: !4)
!24 = !DILocation(line: 44, column: 71, scope: !4)
!25 = !DILocation(line: 44, column: 91, scope: !4)
!26 = !DILocation(line: 44, column: 102, scope: !4)
!27 = !DILocation(line: 44, column: 115, scope: !4)
!28 = !DILocation(line: 52, column: 19, scope: !4)
!29 = !DILocation(line: 52, column: 32, scope: !4)
!30 = !DILocation(line: 52, column: 55, scope: !4)
!31 = !DILocation(line: 52, column: 61, scope: !4)
!32 = !DILocation(line: 56, column: 101, scope: !4)
!33 = !DILocation(line: 64, column: 36, scope: !4)
!34 = !DILocation(line: 60, column: 27, scope: !4)
!35 = !DILocation(line: 60, column: 33, scope: !4)
!36 = !DILocation(line: 61, column: 27, scope: !4)
!37 = !DILocation(line: 61, column: 33, scope: !4)
!38 = !DILocation(line: 55, column: 9, scope: !4)
!39 = !DILocation(line: 55, column: 28, scope: !4)
!40 = !DILocation(line: 56, column: 34, scope: !4)
!41 = !DILocation(line: 56, column: 43, scope: !4)
!42 = !DILocation(line: 56, column: 63, scope: !4)
!43 = !DILocation(line: 56, column: 83, scope: !4)
!44 = !DILocation(line: 56, column: 95, scope: !4)
!45 = !DILocation(line: 29, column: 3, scope: !4)
!46 = !DILocation(line: 62, column: 19, scope: !4)
!47 = !DILocation(line: 63, column: 16, scope: !4)
!48 = !DILocation(line: 58, column: 26, scope: !4)
!49 = !DILocation(line: 60, column: 18, scope: !4)
!50 = !DILocation(line: 61, column: 18, scope: !4)
!51 = !DILocation(line: 63, column: 7, scope: !4)
!52 = !DILocation(line: 64, column: 7, scope: !4)
!53 = !DILocation(line: 60, column: 5, scope: !4)
!54 = !DILocation(line: 61, column: 5, scope: !4)
; braints-hash: 7a0f305f9770b57f407a2b2e1dd2a9eb0e76fb7ff5d49b4eb4a1e82a40d7292e
